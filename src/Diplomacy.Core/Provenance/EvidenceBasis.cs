namespace Diplomacy;

/// <summary>
/// On what basis a fact is in the record: inferred, assumed as background, reported by a source, or confirmed by a
/// participant. The values are ordered from weakest to strongest, so that "at least <see cref="Reported"/>" keeps
/// reported and confirmed facts (see <see cref="Chronicle.WithBasisAtLeast"/>).
/// </summary>
/// <remarks>
/// <para><b>Order.</b> <see cref="Inferred"/> &lt; <see cref="Background"/> &lt; <see cref="Reported"/> &lt;
/// <see cref="Confirmed"/>. An inference is the weakest: no one says it happened, someone reasons that it must have
/// ("it is reasonable to assume"). Background is public record the story takes for granted without reporting it
/// (when an official took office); it is stronger than an inference but rests on no source of the story, so
/// "at least reported" leaves it out and "at least background" leaves out only the inferences.</para>
/// <para><b>Denials.</b> A fact that a participant denies is <see cref="Reported"/>, not something weaker or a value
/// of its own: the report stands as the source gave it, and the denial is an event in its own right (a
/// <see cref="PublicReaction"/> with <see cref="ReactionTone.Denial"/> in response to it), so a reader sees both and
/// can query either. A fact that one participant confirms and another denies is <see cref="Confirmed"/>, with the
/// denial beside it.</para>
/// <para><b>Values.</b> The named values start at 1, so that the default value of the type (0, what an unset field
/// holds) is no basis at all: <see cref="DiplomaticEvent.Basis"/> reads it as <see cref="Reported"/>.</para>
/// <para>The basis of the denial or confirmation itself, as a statement, is that of any statement: usually
/// <see cref="Reported"/> (a source reports that the speaker said it).</para>
/// </remarks>
public enum EvidenceBasis
{
    /// <summary>Inferred by the author or a source from other facts, not reported as having happened ("it is reasonable to assume that ...").</summary>
    Inferred = 1,

    /// <summary>Background knowledge the story assumes: public record that none of the story's sources reports (e.g. the day an official took office).</summary>
    Background,

    /// <summary>Reported by a source as having happened. The default.</summary>
    Reported,

    /// <summary>Reported, and confirmed on the record by a participant in it (e.g. a president confirming the scope of deliveries).</summary>
    Confirmed,
}
