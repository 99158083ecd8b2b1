using System.Globalization;

namespace Diplomacy.Parquet;

/// <summary>
/// A Parquet table set that does not describe a valid chronicle: a value a column cannot hold, a missing row, an
/// unknown name. The message names the table, the column and the event (or actor) where the problem is.
/// </summary>
public sealed class ParquetFormatException : Exception
{
    /// <summary>Creates the exception with a message only.</summary>
    public ParquetFormatException()
        : this("The Parquet tables do not describe a valid chronicle.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What is wrong.</param>
    public ParquetFormatException(string message)
        : base(message)
    {
        Table = string.Empty;
        Column = string.Empty;
        Key = string.Empty;
        File = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ParquetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Table = string.Empty;
        Column = string.Empty;
        Key = string.Empty;
        File = string.Empty;
    }

    /// <summary>Creates the exception for a value in a table.</summary>
    /// <param name="table">The table (e.g. <c>events</c>).</param>
    /// <param name="column">The column (e.g. <c>edtf</c>).</param>
    /// <param name="key">The event id (or actor id) of the row.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ParquetFormatException(string table, string column, string key, string problem, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"Table '{table}', column '{column}', row '{key}': {problem}"), innerException)
    {
        Table = table;
        Column = column;
        Key = key;
        File = string.Empty;
    }

    /// <summary>Creates the exception for a file of a table that cannot be decoded at all.</summary>
    /// <param name="table">The table (e.g. <c>events</c>).</param>
    /// <param name="file">The file, relative to the table set's root (e.g. <c>events/year=2024/part-0.parquet</c>).</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The decoder's error, if any.</param>
    public ParquetFormatException(string table, string file, string problem, Exception? innerException)
        : base(string.Create(CultureInfo.InvariantCulture, $"Table '{table}', file '{file}': {problem}"), innerException)
    {
        Table = table;
        Column = string.Empty;
        Key = string.Empty;
        File = file;
    }

    /// <summary>The table where the problem is; empty when not known.</summary>
    public string Table { get; }

    /// <summary>The column where the problem is; empty when not known.</summary>
    public string Column { get; }

    /// <summary>The event id (or actor id) of the row; empty when not known.</summary>
    public string Key { get; }

    /// <summary>The file that could not be decoded, relative to the table set's root; empty when the problem is a value.</summary>
    public string File { get; }
}
