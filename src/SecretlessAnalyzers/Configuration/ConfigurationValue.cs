namespace SecretlessAnalyzers.Configuration
{
    /// <summary>One setting of a configuration file: its path as ASP.NET Core reads it (<c>ConnectionStrings:Orders</c>), its decoded value, and where the value is written.</summary>
    public readonly struct ConfigurationValue
    {
        public ConfigurationValue(string key, string value, TextSpan span)
        {
            Key = key;
            Value = value;
            Span = span;
        }

        public string Key { get; }

        public string Value { get; }

        /// <summary>The span of the value's text in the file (inside the quotes).</summary>
        public TextSpan Span { get; }
    }
}
