using NodaTime;

namespace Diplomacy;

/// <summary>
/// A personal channel between two states' people: two persons who met, how often, when, where, and whether either
/// held no office at the time.
/// </summary>
/// <param name="Person">A national of the first side.</param>
/// <param name="Counterpart">A national of the other side.</param>
public sealed record PersonalChannel(ActorId Person, ActorId Counterpart) : QueryResult
{
    private readonly IReadOnlyList<ChannelMeeting> _meetings = ValueList<ChannelMeeting>.Empty;

    /// <summary>Their meetings, in timeline order; never null.</summary>
    public IReadOnlyList<ChannelMeeting> Meetings
    {
        get => _meetings;
        init => _meetings = ValueList<ChannelMeeting>.From(value, nameof(Meetings));
    }

    /// <summary>How many times they met.</summary>
    public int Count => Meetings.Count;

    /// <summary>The places they met, each once, in order of first meeting there.</summary>
    public IReadOnlyList<Place> Places => ValueList<Place>.Wrap(Meetings.Select(m => m.Place).OfType<Place>().Distinct().ToArray());

    /// <summary>How many of the meetings were (possibly, see <see cref="ChannelMeeting.Certainty"/>) held while either side held no office.</summary>
    public int WithoutOffice => Meetings.Count(m => m.EitherHeldNoOffice);
}
