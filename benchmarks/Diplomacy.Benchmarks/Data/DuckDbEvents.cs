using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Data;

/// <summary>
/// The events in an in-process DuckDB database, loaded through the appender: one row per event in timeline order
/// (<c>pos</c> is its index in the list the rows came from), its dates as DATE columns, its kind and quad class, and
/// the actors it involves as a VARCHAR list, which is how a user would put typed events with any number of actors
/// into one table.
/// </summary>
public sealed class DuckDbEvents : IDisposable
{
    /// <summary>The table's definition.</summary>
    public const string Schema = """
        CREATE TABLE events (
            pos      INTEGER NOT NULL,
            id       VARCHAR NOT NULL,
            kind     TINYINT NOT NULL,
            earliest DATE NOT NULL,
            latest   DATE NOT NULL,
            known    DATE NOT NULL,
            quad     TINYINT NOT NULL,
            actors   VARCHAR[] NOT NULL
        )
        """;

    private DuckDbEvents(DuckDBConnection connection, IReadOnlyList<DiplomaticEvent> timeline)
    {
        Connection = connection;
        Timeline = timeline;
    }

    /// <summary>The open connection.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The events the rows stand for; <c>pos</c> indexes it.</summary>
    public IReadOnlyList<DiplomaticEvent> Timeline { get; }

    /// <summary>Creates an in-memory database and appends one row per event.</summary>
    public static DuckDbEvents Load(IReadOnlyList<DiplomaticEvent> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender("events"))
        {
            var actors = new List<string>(8);
            for (var pos = 0; pos < timeline.Count; pos++)
            {
                var e = timeline[pos];
                actors.Clear();
                foreach (var actor in e.Actors)
                {
                    actors.Add(actor.Value);
                }

                appender.CreateRow()
                    .AppendValue((int?)pos)
                    .AppendValue(e.Id.Value)
                    .AppendValue((sbyte?)e.Kind)
                    .AppendValue((DateOnly?)e.When.Earliest.ToDateOnly())
                    .AppendValue((DateOnly?)e.When.Latest.ToDateOnly())
                    .AppendValue((DateOnly?)e.FirstKnown.ToDateOnly())
                    .AppendValue((sbyte?)e.Coding.QuadClass)
                    .AppendValue(actors)
                    .EndRow();
            }
        }

        return new DuckDbEvents(connection, timeline);
    }

    /// <summary>A prepared command with named parameters (<c>$name</c> in the SQL).</summary>
    public DuckDBCommand Prepare(string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Runs a command whose first column is <c>pos</c> and returns those events, in row order.</summary>
    public List<DiplomaticEvent> Events(DuckDBCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = new List<DiplomaticEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(Timeline[reader.GetInt32(0)]);
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => Connection.Dispose();
}
