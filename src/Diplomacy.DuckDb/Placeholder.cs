namespace Diplomacy.DuckDb;
internal static class Placeholder { }
