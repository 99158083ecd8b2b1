namespace Diplomacy;

/// <summary>
/// Thrown when a name or code is not one that <see cref="Countries"/> knows. The message names the input and, where
/// some known names are close to it, suggests them; add the spelling as an alias in the catalogue if it is a real one.
/// </summary>
public sealed class UnknownCountryException : KeyNotFoundException
{
    /// <summary>Creates the exception with a default message.</summary>
    public UnknownCountryException()
        : this(string.Empty, [])
    {
    }

    /// <summary>Creates the exception with a message of your own.</summary>
    public UnknownCountryException(string message)
        : base(message)
    {
        Input = string.Empty;
        Suggestions = [];
    }

    /// <summary>Creates the exception with a message of your own and the exception that caused it.</summary>
    public UnknownCountryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Input = string.Empty;
        Suggestions = [];
    }

    /// <summary>Creates the exception for an input that could not be resolved.</summary>
    /// <param name="input">The name or code that was looked up.</param>
    /// <param name="suggestions">Names of known countries close to it, best first; may be empty.</param>
    public UnknownCountryException(string input, IReadOnlyList<string> suggestions)
        : base(FormatMessage(input, suggestions))
    {
        Input = input ?? string.Empty;
        Suggestions = suggestions ?? [];
    }

    /// <summary>The name or code that was looked up.</summary>
    public string Input { get; }

    /// <summary>Names of known countries close to <see cref="Input"/>, best first; empty when none is close.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string FormatMessage(string? input, IReadOnlyList<string>? suggestions)
    {
        var message = $"'{input}' is not a country name, alias, ISO 3166-1 alpha-2 or alpha-3 code, or CAMEO country code that Countries knows.";
        return suggestions is { Count: > 0 }
            ? $"{message} Did you mean {string.Join(" or ", suggestions.Select(s => "'" + s + "'"))}?"
            : message;
    }
}
