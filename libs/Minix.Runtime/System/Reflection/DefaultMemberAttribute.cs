namespace System.Reflection;

/// <summary>Names the default member of a type (the compiler emits it for indexers).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
public sealed class DefaultMemberAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="memberName">The member name.</param>
    public DefaultMemberAttribute(string memberName) => MemberName = memberName;

    /// <summary>The member name.</summary>
    public string MemberName { get; }
}
