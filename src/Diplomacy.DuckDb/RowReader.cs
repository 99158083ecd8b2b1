using System.Collections;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Diplomacy.DuckDb;

/// <summary>Reads query results into the Parquet package's row classes, matching columns by their Parquet names.</summary>
internal static class RowReader
{
    public static List<TRow> Read<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TRow>(DbDataReader reader)
        where TRow : new()
    {
        var byName = typeof(TRow).GetProperties()
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, StringComparer.Ordinal);
        var columns = new PropertyInfo?[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = byName.GetValueOrDefault(reader.GetName(i));
        }

        var rows = new List<TRow>();
        while (reader.Read())
        {
            var row = new TRow();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is { } property && !reader.IsDBNull(i))
                {
                    property.SetValue(row, Convert(reader.GetValue(i), property.PropertyType));
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static object Convert(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            DateTime d when target == typeof(DateOnly) => DateOnly.FromDateTime(d),
            IEnumerable list when target == typeof(List<string>) => list.Cast<object?>().Select(o => o?.ToString() ?? string.Empty).ToList(),
            _ => System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
