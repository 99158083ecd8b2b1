using NodaTime;

namespace Diplomacy;

/// <summary>One meeting on a personal channel, with whether each side held an office at the time.</summary>
/// <param name="Meeting">The meeting.</param>
public sealed record ChannelMeeting(Meeting Meeting)
{
    /// <summary>When it took place.</summary>
    public FuzzyDate When => Meeting.When;

    /// <summary>Where, if known.</summary>
    public Place? Place => Meeting.Place;

    /// <summary>
    /// True when the channel's <see cref="PersonalChannel.Person"/> held none of the offices the chronicle records for
    /// them on some possible day of the meeting. A person with no recorded office is not flagged: the chronicle does
    /// not say.
    /// </summary>
    public bool PersonHeldNoOffice { get; init; }

    /// <summary>The same for the channel's <see cref="PersonalChannel.Counterpart"/>.</summary>
    public bool CounterpartHeldNoOffice { get; init; }

    /// <summary>True when either side held no office at the time.</summary>
    public bool EitherHeldNoOffice => PersonHeldNoOffice || CounterpartHeldNoOffice;

    /// <summary>
    /// <see cref="Certainty.Possible"/> when either side's office status differs across the meeting's possible days
    /// (or across the possible days of the office changes): the flags then say "possibly held no office". Also on a
    /// view when the meeting may have been after its cut-off.
    /// </summary>
    public Certainty Certainty { get; init; }
}
