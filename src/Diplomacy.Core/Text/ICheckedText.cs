namespace Diplomacy;

/// <summary>
/// A value that is a piece of text of a checked form (<see cref="ActorId"/>, <see cref="EventId"/>,
/// <see cref="CameoCode"/>): it says what is wrong with a text, and wraps a text already found valid.
/// <see cref="CheckedText"/> builds the checking, parsing and comparing that such values share on these two members.
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface ICheckedText<TSelf>
    where TSelf : struct, ICheckedText<TSelf>
{
    /// <summary>Why <paramref name="text"/> is not a valid value, in a sentence for the user; null when it is valid.</summary>
    static abstract string? Problem(string text);

    /// <summary>The text; empty for the default value.</summary>
    string Value { get; }

    /// <summary>Wraps <paramref name="text"/>, which <see cref="Problem"/> has accepted, without checking it again.</summary>
    static abstract TSelf Wrap(string text);
}
