namespace Diplomacy;

/// <summary>
/// The field of an event a reference is in, for validation: a role (<c>Supplier</c>, <c>Location.Country</c>) and,
/// for a role that holds a list, the index in it (<c>Participants[2]</c>). Kept apart so that the text is made only
/// when a problem is reported.
/// </summary>
/// <param name="Role">The role, or the field's path.</param>
/// <param name="Index">The index in the role's list, or -1.</param>
internal readonly record struct FieldName(string Role, int Index = -1)
{
    /// <summary>A field that is not a list.</summary>
    public static implicit operator FieldName(string role) => new(role);

    /// <summary>The field as problems name it: <c>Role</c> or <c>Role[index]</c>.</summary>
    public override string ToString() => Index < 0 ? Role : $"{Role}[{Index}]";
}
