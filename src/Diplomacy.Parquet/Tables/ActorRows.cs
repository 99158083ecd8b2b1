namespace Diplomacy.Parquet.Tables;

/// <summary>Actors to rows of <c>actors</c> and back.</summary>
internal static class ActorRows
{
    public static ActorRow From(Actor actor, int position)
    {
        var row = new ActorRow { ActorId = actor.Id.Value, Position = position, Name = actor.Name, Aliases = [.. actor.Aliases] };
        switch (actor)
        {
            case State:
                row.Kind = "State";
                break;
            case Person p:
                row.Kind = "Person";
                row.Nationality = p.Nationality?.Value;
                row.Private = p.IsPrivate ? true : null;
                break;
            case Organization o:
                row.Kind = "Organization";
                row.OrganizationKind = o.Kind.ToString();
                row.HomeState = o.HomeState?.Value;
                break;
            case Alliance a:
                row.Kind = "Alliance";
                row.Obligations = [.. Enum.GetValues<AllianceObligations>().Where(f => f != AllianceObligations.None && a.Obligations.HasFlag(f)).Select(f => f.ToString())];
                break;
            default:
                throw new NotSupportedException($"Actor '{actor.Id}' is a {actor.GetType().Name}, which the Parquet tables do not know.");
        }

        return row;
    }

    public static Actor ToActor(ActorRow row)
    {
        var id = Parse(row, "actor_id", row.ActorId);
        Actor actor = row.Kind switch
        {
            "State" => new State(id, row.Name),
            "Person" => new Person(id, row.Name, row.Nationality is null ? (ActorId?)null : Parse(row, "nationality", row.Nationality)) { IsPrivate = row.Private == true },
            "Organization" => new Organization(
                id,
                row.Name,
                Enum.TryParse<OrganizationKind>(row.OrganizationKind, out var kind) && Enum.IsDefined(kind)
                    ? kind
                    : throw new ParquetFormatException(Tables.Actors, "organization_kind", row.ActorId, $"'{row.OrganizationKind}' is not an organisation kind."),
                row.HomeState is null ? (ActorId?)null : Parse(row, "home_state", row.HomeState)),
            "Alliance" => new Alliance(id, row.Name, Obligations(row)),
            _ => throw new ParquetFormatException(Tables.Actors, "kind", row.ActorId, $"'{row.Kind}' is not State, Person, Organization or Alliance."),
        };
        return actor with { Aliases = row.Aliases ?? [] };
    }

    private static AllianceObligations Obligations(ActorRow row)
    {
        var obligations = AllianceObligations.None;
        foreach (var name in row.Obligations ?? [])
        {
            obligations |= Enum.TryParse<AllianceObligations>(name, out var flag) && Enum.IsDefined(flag)
                ? flag
                : throw new ParquetFormatException(Tables.Actors, "obligations", row.ActorId, $"'{name}' is not an alliance obligation.");
        }

        return obligations;
    }

    private static ActorId Parse(ActorRow row, string column, string value)
    {
        try
        {
            return new ActorId(value);
        }
        catch (ArgumentException e)
        {
            throw new ParquetFormatException(Tables.Actors, column, row.ActorId, e.Message, e);
        }
    }
}
