using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json.Converters;

/// <summary><see cref="Money"/> as <c>{"amount": 800000000, "currency": "EUR", "approximate": true}</c>; <c>approximate</c> is written only when true.</summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    private const string Known = "amount, currency, approximate";

    public override bool HandleNull => true;

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ObjectReading.ExpectStartObject(ref reader, "an amount of money ({\"amount\": 800000000, \"currency\": \"EUR\"})");
        decimal? amount = null;
        string? currency = null;
        var approximate = false;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("amount"u8))
            {
                ObjectReading.MarkSeen(ref seen, 1, "amount", options);
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number)
                {
                    throw new JsonException($"Expected the amount as a number, found {JsonText.Describe(reader.TokenType)}.");
                }

                amount = reader.TryGetDecimal(out var value)
                    ? value
                    : throw new JsonException("The amount does not fit in a decimal (at most 28-29 significant digits, magnitude below 7.9e28).");
            }
            else if (reader.ValueTextEquals("currency"u8))
            {
                ObjectReading.MarkSeen(ref seen, 2, "currency", options);
                currency = ObjectReading.ReadString(ref reader, "an ISO 4217 currency code");
            }
            else if (reader.ValueTextEquals("approximate"u8))
            {
                ObjectReading.MarkSeen(ref seen, 4, "approximate", options);
                approximate = ObjectReading.ReadBoolean(ref reader, "approximate");
            }
            else
            {
                ObjectReading.Unknown(ref reader, options, "an amount of money", Known);
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException($"An amount of money needs both 'amount' and 'currency'; '{(amount is null ? "amount" : "currency")}' is missing.");
        }

        try
        {
            return new Money(amount.Value, currency, approximate);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(JsonText.MessageOf(e), e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount"u8, value.Amount);
        writer.WriteString("currency"u8, value.Currency);
        if (value.IsApproximate)
        {
            writer.WriteBoolean("approximate"u8, true);
        }

        writer.WriteEndObject();
    }
}
