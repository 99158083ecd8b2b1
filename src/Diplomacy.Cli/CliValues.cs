using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Cli;

/// <summary>How the tool reads the values of its arguments and options: dates, actor ids, enum names.</summary>
internal static class CliValues
{
    /// <summary>
    /// "no actor 'srb'", and when ids that differ only in case are held, the hint "(ids are case-sensitive: did you mean
    /// 'SRB'?)": what ask, chart and report say of an actor the chronicle lacks.
    /// </summary>
    public static string NoActor(Chronicle chronicle, ActorId id)
    {
        var alike = chronicle.Actors.Where(a => string.Equals(a.Id.Value, id.Value, StringComparison.OrdinalIgnoreCase)).Select(a => $"'{a.Id.Value}'").ToArray();
        return alike.Length > 0
            ? $"no actor '{id}' (ids are case-sensitive: did you mean {string.Join(" or ", alike)}?)"
            : $"no actor '{id}'";
    }

    /// <summary>Formats a day as the tool prints it (ISO 8601).</summary>
    public static string Format(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>An option that takes an ISO date (<c>2024-07-08</c>).</summary>
    public static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result => ParseDate(result),
    };

    /// <summary>An argument that takes an actor id (<c>RUS</c>, <c>aleksandar-vulin</c>).</summary>
    public static Argument<ActorId> ActorArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseActor(result, result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty),
    };

    /// <summary>An option that takes an actor id.</summary>
    public static Option<ActorId?> ActorOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "actor",
        CustomParser = result => result.Tokens.Count == 0 ? (ActorId?)null : ParseActor(result, result.Tokens[0].Value),
    };

    /// <summary>An option that takes one of an enum's values, written in kebab case (<c>material-cooperation</c>).</summary>
    public static Option<TEnum?> EnumOption<TEnum>(string name, string description)
        where TEnum : struct, Enum
    {
        var option = new Option<TEnum?>(name)
        {
            Description = $"{description} One of: {string.Join(", ", Enum.GetValues<TEnum>().Select(Kebab))}.",
            HelpName = Kebab(typeof(TEnum).Name),
            CustomParser = result => result.Tokens.Count == 0 ? null : ParseEnum<TEnum>(result, result.Tokens[0].Value),
        };
        return option;
    }

    /// <summary>An option that takes one or more of an enum's values.</summary>
    public static Option<TEnum[]> EnumListOption<TEnum>(string name, string description)
        where TEnum : struct, Enum => new(name)
        {
            Description = $"{description} One of: {string.Join(", ", Enum.GetValues<TEnum>().Select(Kebab))}; repeat the option for several.",
            HelpName = Kebab(typeof(TEnum).Name),
            CustomParser = result => result.Tokens.Select(t => ParseEnum<TEnum>(result, t.Value)).ToArray(),
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };

    /// <summary><c>MaterialCooperation</c> as <c>material-cooperation</c>.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

    /// <summary><c>MaterialCooperation</c> as <c>material-cooperation</c>.</summary>
    public static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"{Name(result)} takes a date such as 2024-07-08, not '{text}'");
        return null;
    }

    private static ActorId ParseActor(ArgumentResult result, string text)
    {
        if (ActorId.IsValid(text))
        {
            return new ActorId(text);
        }

        result.AddError($"{Name(result)} takes an actor id such as RUS or aleksandar-vulin, not '{text}'");
        return default;
    }

    private static TEnum ParseEnum<TEnum>(ArgumentResult result, string text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Kebab(value), text, StringComparison.OrdinalIgnoreCase) || string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"{Name(result)} takes one of {string.Join(", ", Enum.GetValues<TEnum>().Select(Kebab))}, not '{text}'");
        return default;
    }

    private static string Name(ArgumentResult result) => result.Parent switch
    {
        OptionResult option => option.Option.Name,
        _ => "<" + result.Argument.Name + ">",
    };

    /// <summary>The invariant text of a number, a date or anything else, for a table cell; null for null.</summary>
    public static string? Cell(object? value) => value switch
    {
        null => null,
        bool b => b ? "yes" : "no",
        ActorCell actor => actor.Name,
        EventId id => id.Value,
        ListCell list => string.Join(list.Separator, list.Items.Select(Cell)),
        LocalDate d => Format(d),
        double x => x.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
        Enum e => Kebab(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
