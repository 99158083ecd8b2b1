namespace Diplomacy.Parquet.Tables;

/// <summary>Something done to the row list of one table, whatever its row type.</summary>
internal interface ITableAction
{
    /// <summary>Does it to the list of <paramref name="table"/>.</summary>
    Task RunAsync<TRow>(string table, List<TRow> rows)
        where TRow : class, new();
}

/// <summary>The one place that maps a table's name to its row list (and so its row type).</summary>
internal static class TableLists
{
    /// <summary>Runs <paramref name="action"/> on the list that holds <paramref name="table"/>'s rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a table of the set.</exception>
    public static Task ApplyAsync(string table, List<ActorRow> actors, RowSet rows, ITableAction action) => table switch
    {
        Tables.Actors => action.RunAsync(table, actors),
        Tables.Events => action.RunAsync(table, rows.Events),
        Tables.EventActors => action.RunAsync(table, rows.EventActors),
        Tables.EventLinks => action.RunAsync(table, rows.EventLinks),
        Tables.Citations => action.RunAsync(table, rows.Citations),
        Tables.ArmsTransfers => action.RunAsync(table, rows.ArmsTransfers),
        Tables.ArmsItems => action.RunAsync(table, rows.ArmsItems),
        Tables.Meetings => action.RunAsync(table, rows.Meetings),
        Tables.PublicReactions => action.RunAsync(table, rows.PublicReactions),
        Tables.SanctionsActions => action.RunAsync(table, rows.SanctionsActions),
        Tables.RelationshipChanges => action.RunAsync(table, rows.RelationshipChanges),
        Tables.OfficeChanges => action.RunAsync(table, rows.OfficeChanges),
        Tables.MembershipChanges => action.RunAsync(table, rows.MembershipChanges),
        Tables.Disclosures => action.RunAsync(table, rows.Disclosures),
        Tables.Commitments => action.RunAsync(table, rows.Commitments),
        Tables.CodedEvents => action.RunAsync(table, rows.CodedEvents),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table of the set."),
    };
}
