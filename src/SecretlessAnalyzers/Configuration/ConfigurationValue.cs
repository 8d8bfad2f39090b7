using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>One setting of a configuration file: its path as ASP.NET Core reads it (<c>ConnectionStrings:Orders</c>), its decoded value, and where the value is written.</summary>
    /// <param name="Span">The span of the value's text in the file (inside the quotes).</param>
    public readonly record struct ConfigurationValue(string Key, string Value, TextSpan Span)
    {
        /// <summary>Never the secret (a record prints every member): its redacted form.</summary>
        public override string ToString() => nameof(ConfigurationValue) + " " + SecretRedaction.Redact(Value);
    }
}
