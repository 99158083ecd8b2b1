using System.Globalization;
using NodaTime;

namespace Diplomacy.Interop;

/// <summary>
/// What the readers share: the actor catalogue, and the interned codings and citation lists, so that a million records
/// coded <c>040</c> by one publisher on one day share one coding and one citation list.
/// </summary>
internal sealed class RecordBuilder
{
    private readonly ImportOptions _options;
    private readonly SpanCache<Coding?> _cameo = new();
    private readonly Dictionary<(Coding Coding, double Goldstein), Coding> _variants = [];
    private readonly Dictionary<(ActorId Source, FuzzyDate Published, DataRelease? Release), IReadOnlyList<Citation>> _citations = [];

    public RecordBuilder(ImportOptions? options, DataRelease? fileRelease = null)
    {
        _options = options ?? ImportOptions.Default;
        Actors = new ActorCatalog(_options);
        Release = _options.Release ?? fileRelease;
    }

    /// <summary>
    /// The release the citations made now carry (<see cref="Cite"/>, <see cref="Released"/>): the options' release,
    /// else the file's or row's the reader found (see <see cref="FoundRelease"/>), else null.
    /// </summary>
    public DataRelease? Release { get; private set; }

    /// <summary>Sets the release the reader found for the rows that follow; the options' release, when set, wins.</summary>
    public void FoundRelease(DataRelease? release) => Release = _options.Release ?? release;

    /// <summary>The citation with <see cref="Release"/> as its release when it names none.</summary>
    public Citation Released(Citation citation) =>
        Release is { } release && citation.Release is null ? citation with { Release = release } : citation;

    public ActorCatalog Actors { get; }

    /// <summary>The codebook coding of a CAMEO code, or null when the code is malformed or not in the codebook.</summary>
    public Coding? Cameo(ReadOnlySpan<char> code)
    {
        if (_cameo.TryGet(code, out var coding))
        {
            return coding;
        }

        var text = code.ToString();
        return _cameo.Add(code, CameoCode.TryParse(text, out var parsed) && Coding.TryFromCameo(parsed, out var found) ? found : null);
    }

    /// <summary>The coding with the record's own Goldstein score when it differs from the codebook's (interned).</summary>
    public Coding WithGoldstein(Coding coding, double goldstein)
    {
        if (coding.Goldstein is { } g && Math.Abs(g - goldstein) < 1e-9)
        {
            return coding;
        }

        if (!_variants.TryGetValue((coding, goldstein), out var variant))
        {
            variant = coding with { Goldstein = goldstein };
            _variants.Add((coding, goldstein), variant);
        }

        return variant;
    }

    /// <summary>A one-citation list (publisher, date, <see cref="Release"/>), shared by every record with the same publisher, date and release.</summary>
    public IReadOnlyList<Citation> Cite(ActorId source, FuzzyDate published)
    {
        var release = Release;
        if (!_citations.TryGetValue((source, published, release), out var list))
        {
            // The event keeps the list it is given when it is already the model's own list type: make that list once.
            list = new CodedEvent("interned", published, [new Citation(source, published) { Release = release }], source, Coding.FromCameo("010")).Citations;
            _citations.Add((source, published, release), list);
        }

        return list;
    }

    /// <summary>
    /// The event a coded record becomes: the typed event its code describes when <see cref="TypedLifting"/> lifts it
    /// (a meeting for CAMEO 042-044 and PLOVER CONSULT visits, a sanctions action for CAMEO 163 and PLOVER SANCTION
    /// <c>discontinue</c>, unless the options say otherwise), else a <see cref="CodedEvent"/>.
    /// </summary>
    public DiplomaticEvent Event(EventId id, FuzzyDate when, IReadOnlyList<Citation> citations, ActorId source, ActorId? target, Coding coding, Place? location, string? summary = null) =>
        TypedLifting.TryLift(_options, Actors, id, when, citations, source, target, coding, location, summary)
        ?? new CodedEvent(id, when, citations, source, coding) { Target = target, Location = location, Summary = summary };

    /// <summary>
    /// Adds a record's event unless it is a meeting the record already holds: the reciprocal form of a compound actor
    /// (A and B acting on each other) codes one meeting as A→B and B→A, and a meeting has no direction.
    /// </summary>
    public static void AddUnlessRepeatedMeeting(List<DiplomaticEvent> events, DiplomaticEvent e)
    {
        if (e is Meeting meeting && events.Exists(other => other is Meeting earlier && earlier.When == meeting.When
            && earlier.Participants.Count == meeting.Participants.Count && earlier.Participants.All(meeting.Participants.Contains)))
        {
            return;
        }

        events.Add(e);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseIsoDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out var year) && TryDigits(text.Slice(5, 2), out var month) && TryDigits(text.Slice(8, 2), out var day)
            && TryDate(year, month, day, out date);
    }

    /// <summary>Parses <c>yyyyMMdd</c>, ignoring any time that follows (<c>yyyyMMddHHmmss</c>).</summary>
    public static bool TryParseCompactDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        return text.Length >= 8
            && TryDigits(text[..4], out var year) && TryDigits(text.Slice(4, 2), out var month) && TryDigits(text.Slice(6, 2), out var day)
            && TryDigits(text[8..], out _)
            && TryDate(year, month, day, out date);
    }

    /// <summary>Parses a number written with a full stop for the decimal point.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
