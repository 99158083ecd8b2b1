using System.Text;

namespace Diplomacy.Reliability.Fuzzing;

/// <summary>
/// Makes hostile variants of valid files, deterministically from a seed: bit flips, random bytes, insertions and
/// deletions, splices of two files, truncation, a repeated chunk, numbers replaced by edge values, deep nesting, and
/// tokens that readers treat specially. Each variant applies one to four of these.
/// </summary>
public sealed class Mutator(int seed, int maxLength = 1 << 20)
{
    private static readonly byte[][] EdgeNumbers =
    [
        .. new[]
        {
            "0", "-0", "-1", "1e308", "-1e308", "1e-400", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "18446744073709551616", "99999999999999999999999999", "0.0000000000000000001", "NaN", "1.5",
            "00", "10", "-10", "0001", "20", "21", "9999", "10000", "-0001", "0x10",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\"", "\\", "\\u0000", "\\uD800", "\t", "\n", "\r\n", "\r", ",", ":", "{", "}", "[", "]", "{}", "[]", "null", "true",
            "\"\"", "NA", "\t\t", "..", "/", "~", "?", "%", "\u00e9", "\u200b", "\ufeff", "-", "T", "Z", "\"type\":\"meeting\"",
            "\"formatVersion\":1", "\"x\":", "0311", "163", "2024-07-08", "2024-13-45", "/..", "2023-21", "..2024",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xF4, 0x90, 0x80, 0x80],
    ];

    private readonly Random _random = new(seed);

    /// <summary>A variant of <paramref name="input"/>; <paramref name="other"/> is a second file to splice in.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(data, other);
        }

        return data.Count > maxLength ? [.. data.GetRange(0, maxLength)] : [.. data];
    }

    private void MutateOnce(List<byte> data, byte[] other)
    {
        switch (_random.Next(12))
        {
            case 0 when data.Count > 0:
                data[Position(data)] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Position(data)] = (byte)_random.Next(256);
                break;
            case 2:
                data.InsertRange(Boundary(data), Enumerable.Range(0, 1 + _random.Next(8)).Select(_ => (byte)_random.Next(256)));
                break;
            case 3 when data.Count > 0:
                {
                    var at = Position(data);
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(Math.Min(64, data.Count))));
                    break;
                }

            case 4 when other.Length > 0:
                {
                    // Splice: this file up to a point, the other from a point.
                    var at = Boundary(data);
                    var from = _random.Next(other.Length);
                    data.RemoveRange(at, data.Count - at);
                    data.AddRange(other.AsSpan(from).ToArray());
                    break;
                }

            case 5 when data.Count > 0:
                {
                    var at = Position(data);
                    data.RemoveRange(at, data.Count - at);
                    break;
                }

            case 6 when data.Count > 0:
                {
                    // Repeat a chunk many times (a long line, a long array, a long string).
                    var at = Position(data);
                    var length = Math.Min(data.Count - at, 1 + _random.Next(128));
                    var chunk = data.GetRange(at, length);
                    var times = 1 + _random.Next(_random.Next(2) == 0 ? 16 : 2000);
                    for (var i = 0; i < times && data.Count < maxLength; i++)
                    {
                        data.InsertRange(at, chunk);
                    }

                    break;
                }

            case 7:
                ReplaceNumber(data);
                break;
            case 8:
                {
                    // Deep nesting at a random point: [[[[... or {"a":{"a":...
                    var depth = _random.Next(2) == 0 ? 1 + _random.Next(40) : 1 + _random.Next(5000);
                    var open = _random.Next(2) == 0 ? "["u8.ToArray() : "{\"a\":"u8.ToArray();
                    var close = open.Length == 1 ? "]"u8.ToArray() : "}"u8.ToArray();
                    var at = Boundary(data);
                    var nest = new List<byte>(depth * (open.Length + 1));
                    for (var i = 0; i < depth; i++)
                    {
                        nest.AddRange(open);
                    }

                    nest.AddRange("1"u8.ToArray());
                    if (_random.Next(3) > 0)
                    {
                        for (var i = 0; i < depth; i++)
                        {
                            nest.AddRange(close);
                        }
                    }

                    data.InsertRange(at, nest);
                    break;
                }

            case 9:
                data.InsertRange(Boundary(data), Tokens[_random.Next(Tokens.Length)]);
                break;
            case 10 when data.Count > 1:
                {
                    // Swap two chunks' order by moving one.
                    var at = Position(data);
                    var length = Math.Min(data.Count - at, 1 + _random.Next(256));
                    var chunk = data.GetRange(at, length);
                    data.RemoveRange(at, length);
                    data.InsertRange(Boundary(data), chunk);
                    break;
                }

            default:
                if (data.Count > 0)
                {
                    // Replace a token-like run (letters, digits) with a special token.
                    var at = Position(data);
                    var end = at;
                    while (end < data.Count && end - at < 32 && IsWord(data[end]))
                    {
                        end++;
                    }

                    data.RemoveRange(at, end - at);
                    data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                }

                break;
        }
    }

    private void ReplaceNumber(List<byte> data)
    {
        // Find a digit run from a random point, and replace it with an edge value.
        var start = data.Count == 0 ? 0 : Position(data);
        var at = -1;
        for (var i = 0; i < data.Count; i++)
        {
            var p = (start + i) % data.Count;
            if (data[p] is >= (byte)'0' and <= (byte)'9')
            {
                at = p;
                break;
            }
        }

        if (at < 0)
        {
            data.InsertRange(Boundary(data), EdgeNumbers[_random.Next(EdgeNumbers.Length)]);
            return;
        }

        while (at > 0 && data[at - 1] is >= (byte)'0' and <= (byte)'9')
        {
            at--;
        }

        var end = at;
        while (end < data.Count && data[end] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'e' or (byte)'-')
        {
            end++;
        }

        data.RemoveRange(at, end - at);
        data.InsertRange(at, EdgeNumbers[_random.Next(EdgeNumbers.Length)]);
    }

    private static bool IsWord(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_';

    private int Position(List<byte> data) => _random.Next(data.Count);

    private int Boundary(List<byte> data) => _random.Next(data.Count + 1);
}
