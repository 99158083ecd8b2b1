using Microsoft.Extensions.Options;

namespace Diplomacy;

/// <summary>
/// Checks <see cref="DiplomacyOptions"/> when the application starts (registered by
/// <see cref="DiplomacyServiceCollectionExtensions.AddDiplomacy"/> with <c>ValidateOnStart</c>): the initial chronicle
/// is not null, and at most one source of it is set.
/// </summary>
internal sealed class DiplomacyOptionsValidator : IValidateOptions<DiplomacyOptions>
{
    /// <summary>Checks the options; names each problem in the result's failures.</summary>
    /// <param name="name">The options instance's name (Diplomacy uses the default, unnamed instance).</param>
    /// <param name="options">The options to check.</param>
    public ValidateOptionsResult Validate(string? name, DiplomacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.InitialChronicle is null)
        {
            return ValidateOptionsResult.Fail(
                "DiplomacyOptions.InitialChronicle is null; leave it unset for an empty chronicle.");
        }

        if (options.InitialChronicleFactory is not null && !ReferenceEquals(options.InitialChronicle, Chronicle.Empty))
        {
            return ValidateOptionsResult.Fail(
                "DiplomacyOptions sets both InitialChronicle and InitialChronicleFactory; the factory would win and the chronicle be ignored. Set one.");
        }

        return ValidateOptionsResult.Success;
    }
}
