using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// The checking and parsing that the text-backed values (<see cref="ActorId"/>, <see cref="EventId"/>,
/// <see cref="CameoCode"/>) share, written once over <see cref="ICheckedText{TSelf}"/>.
/// </summary>
internal static class CheckedText
{
    /// <summary>Returns <paramref name="text"/> when it is a valid <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">It is not valid; the message is <see cref="ICheckedText{TSelf}.Problem"/>'s.</exception>
    public static string Check<T>(string text, string parameterName)
        where T : struct, ICheckedText<T>
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        var problem = T.Problem(text);
        return problem is null ? text : throw new ArgumentException(problem, parameterName);
    }

    /// <summary>True when <paramref name="text"/> is a valid <typeparamref name="T"/>.</summary>
    public static bool IsValid<T>([NotNullWhen(true)] string? text)
        where T : struct, ICheckedText<T> =>
        text is not null && T.Problem(text) is null;

    /// <summary>Parses without throwing: the value, or <c>default</c> and false.</summary>
    public static bool TryParse<T>([NotNullWhen(true)] string? text, out T result)
        where T : struct, ICheckedText<T>
    {
        if (IsValid<T>(text))
        {
            result = T.Wrap(text);
            return true;
        }

        result = default;
        return false;
    }
}
