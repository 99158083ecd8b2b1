namespace Diplomacy.Interop;

/// <summary>
/// The positions of a POLECAT file's columns, found by name ignoring case, spaces and underscores, with the aliases
/// different releases use; -1 for a column the file does not have.
/// </summary>
internal sealed record PolecatColumns
{
    public int EventId { get; private init; }

    public int Date { get; private init; }

    public int Type { get; private init; }

    public int Mode { get; private init; }

    public int Intensity { get; private init; }

    public int Quad { get; private init; }

    public int Contexts { get; private init; }

    public required Side Actor { get; init; }

    public required Side Recipient { get; init; }

    public int Placename { get; private init; }

    public int City { get; private init; }

    public int District { get; private init; }

    public int Province { get; private init; }

    public int Country { get; private init; }

    public int Latitude { get; private init; }

    public int Longitude { get; private init; }

    public int GeoNamesId { get; private init; }

    public int Source { get; private init; }

    public int Feed { get; private init; }

    public int PublicationDate { get; private init; }

    public int Headline { get; private init; }

    public int Width { get; private init; }

    /// <summary>The columns of one side of the event (the actor, or the recipient).</summary>
    internal sealed record Side(int Name, int Country, int Cow, int PrimarySector, int Sectors, int Title, int RawName, int WikipediaId, int WikiJob);

    /// <summary>Finds the columns in a header.</summary>
    /// <exception cref="InvalidDataException">A column every release has is missing.</exception>
    public static PolecatColumns From(IReadOnlyList<string> header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            positions.TryAdd(Normalize(header[i]), i);
        }

        int Find(params string[] names)
        {
            foreach (var name in names)
            {
                if (positions.TryGetValue(Normalize(name), out var i))
                {
                    return i;
                }
            }

            return -1;
        }

        int Require(string name)
        {
            var i = Find(name);
            return i >= 0
                ? i
                : throw new InvalidDataException($"This is not a POLECAT event file: its header has no '{name}' column (it has: {string.Join(", ", header)}).");
        }

        Side SideOf(string role) => new(
            Find($"{role} Name"),
            Find($"{role} Country"),
            Find($"{role} COW"),
            Find($"Primary {role} Sector", $"{role} Primary Sector"),
            Find($"{role} Sectors", $"{role} Sector"),
            Find($"{role} Title"),
            Find($"{role} Name Raw", $"{role} Raw Name"),
            Find($"Wikipedia {role} ID", $"{role} Wikipedia ID", $"{role} Wiki ID", $"{role} Wikidata ID"),
            Find($"{role} Wiki Job"));

        var columns = new PolecatColumns
        {
            EventId = Require("Event ID"),
            Date = Require("Event Date"),
            Type = Require("Event Type"),
            Mode = Find("Event Mode", "Mode"),
            Intensity = Find("Event Intensity", "Intensity"),
            Quad = Find("Quad Code", "Quad Class"),
            Contexts = Find("Contexts", "Context"),
            Actor = SideOf("Actor"),
            Recipient = SideOf("Recipient"),
            Placename = Find("Placename", "Place Name"),
            City = Find("City"),
            District = Find("District"),
            Province = Find("Province", "State"),
            Country = Find("Country"),
            Latitude = Find("Latitude", "Lat"),
            Longitude = Find("Longitude", "Lon"),
            GeoNamesId = Find("GeoNames ID", "GeonameID", "Geoname ID"),
            Source = Find("Source", "Publisher"),
            Feed = Find("Feed"),
            PublicationDate = Find("Publication Date"),
            Headline = Find("Headline"),
            Width = header.Count,
        };
        _ = Require("Actor Name");
        return columns;
    }

    private static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name)
        {
            if (length < buffer.Length && c is not (' ' or '_' or '-' or '\uFEFF'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
