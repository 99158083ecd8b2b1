namespace Diplomacy.TestKit;

internal static class Placeholder;
