namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 compile init accessors (positional records); .NET 5+ defines it.</summary>
    internal static class IsExternalInit
    {
    }
}
