using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Data;

/// <summary>
/// The events in an in-process DuckDB database, loaded through the appender: one row per event in timeline order
/// (<c>pos</c> is its index in the list the rows came from), its dates as DATE columns, its kind and quad class, and
/// the actors it involves as a VARCHAR list, which is how a user would put typed events with any number of actors
/// into one table. The typed kinds' own fields go into tables of their own, one row per event (or per participant),
/// keyed by <c>pos</c>: <c>sanctions</c>, <c>relationship_changes</c>, <c>participants</c> (of meetings), and
/// <c>persons</c> (the persons among the actors, with their nationality).
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
        );
        CREATE TABLE sanctions (
            pos      INTEGER NOT NULL,
            imposer  VARCHAR NOT NULL,
            target   VARCHAR NOT NULL,
            action   TINYINT NOT NULL,
            earliest DATE NOT NULL,
            measures VARCHAR[] NOT NULL
        );
        CREATE TABLE relationship_changes (
            pos            INTEGER NOT NULL,
            actor          VARCHAR NOT NULL,
            partner        VARCHAR NOT NULL,
            relationship   TINYINT NOT NULL,
            change         TINYINT NOT NULL,
            earliest       DATE NOT NULL,
            exchange_kind  TINYINT,
            exchange_from  VARCHAR
        );
        CREATE TABLE participants (
            pos   INTEGER NOT NULL,
            actor VARCHAR NOT NULL
        );
        CREATE TABLE persons (
            id          VARCHAR NOT NULL,
            nationality VARCHAR
        );
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

    /// <summary>Creates an in-memory database (or one in the file <paramref name="dataSource"/>) and appends one row per event.</summary>
    public static DuckDbEvents Load(IReadOnlyList<DiplomaticEvent> timeline, IReadOnlyList<Actor>? allActors = null, string dataSource = ":memory:")
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var connection = new DuckDBConnection($"DataSource={dataSource}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        AppendEventRows(connection, timeline, 0);
        AppendTypedKinds(connection, timeline);
        using (var appender = connection.CreateAppender("persons"))
        {
            foreach (var person in (allActors ?? []).OfType<Person>())
            {
                appender.CreateRow().AppendValue(person.Id.Value).AppendValue(person.Nationality?.Value).EndRow();
            }
        }

        return new DuckDbEvents(connection, timeline);
    }

    /// <summary>Appends one row of the events table per event, numbering them from <paramref name="firstPos"/> (DuckDB's appender).</summary>
    public static void AppendEventRows(DuckDBConnection connection, IReadOnlyList<DiplomaticEvent> events, int firstPos)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(events);
        using var appender = connection.CreateAppender("events");
        var actors = new List<string>(8);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            actors.Clear();
            foreach (var actor in e.Actors)
            {
                actors.Add(actor.Value);
            }

            appender.CreateRow()
                .AppendValue((int?)(firstPos + i))
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

    private static void AppendTypedKinds(DuckDBConnection connection, IReadOnlyList<DiplomaticEvent> timeline)
    {
        using var sanctions = connection.CreateAppender("sanctions");
        using var changes = connection.CreateAppender("relationship_changes");
        using var participants = connection.CreateAppender("participants");
        for (var pos = 0; pos < timeline.Count; pos++)
        {
            switch (timeline[pos])
            {
                case SanctionsAction s:
                    sanctions.CreateRow()
                        .AppendValue((int?)pos)
                        .AppendValue(s.Imposer.Value)
                        .AppendValue(s.Target.Value)
                        .AppendValue((sbyte?)s.Action)
                        .AppendValue((DateOnly?)s.When.Earliest.ToDateOnly())
                        .AppendValue(s.Measures.ToList())
                        .EndRow();
                    break;
                case RelationshipChange c:
                    changes.CreateRow()
                        .AppendValue((int?)pos)
                        .AppendValue(c.Actor.Value)
                        .AppendValue(c.Partner.Value)
                        .AppendValue((sbyte?)c.Relationship)
                        .AppendValue((sbyte?)c.Change)
                        .AppendValue((DateOnly?)c.When.Earliest.ToDateOnly())
                        .AppendValue((sbyte?)c.InExchangeFor?.Kind)
                        .AppendValue(c.InExchangeFor?.From?.Value)
                        .EndRow();
                    break;
                case Meeting m:
                    foreach (var participant in m.Participants)
                    {
                        participants.CreateRow().AppendValue((int?)pos).AppendValue(participant.Value).EndRow();
                    }

                    break;
            }
        }
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
