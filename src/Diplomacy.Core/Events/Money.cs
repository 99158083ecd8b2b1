using System.Globalization;

namespace Diplomacy;

/// <summary>
/// An amount of money in an ISO 4217 currency. Amounts in different currencies are never added together.
/// </summary>
/// <remarks>Equality compares amount, currency and <see cref="IsApproximate"/>.</remarks>
public readonly record struct Money
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount, in units of the currency (not minor units).</param>
    /// <param name="currency">An ISO 4217 alphabetic code: three upper-case letters, e.g. <c>EUR</c>, <c>USD</c>.</param>
    /// <param name="isApproximate">True when the source gives the figure as approximate ("about", "nearly").</param>
    /// <exception cref="ArgumentException">The currency is not three upper-case ASCII letters.</exception>
    public Money(decimal amount, string currency, bool isApproximate = false)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code: use three upper-case letters such as 'EUR' or 'USD'.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
        IsApproximate = isApproximate;
    }

    /// <summary>The amount in units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>True when the figure is approximate.</summary>
    public bool IsApproximate { get; }

    /// <summary>Adds two amounts in the same currency; the sum is approximate if either is.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        if (!string.Equals(left.Currency, right.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot add {left.Currency} and {right.Currency}: amounts in different currencies are kept apart.");
        }

        return new Money(left.Amount + right.Amount, left.Currency, left.IsApproximate || right.IsApproximate);
    }

    /// <summary>E.g. <c>~EUR 800,000,000</c>.</summary>
    public override string ToString() =>
        $"{(IsApproximate ? "~" : string.Empty)}{Currency} {Amount.ToString("#,0.##", CultureInfo.InvariantCulture)}";
}
