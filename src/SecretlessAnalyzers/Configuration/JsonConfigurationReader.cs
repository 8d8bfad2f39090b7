namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// Reads the string settings of a JSON configuration file the way ASP.NET Core's JSON provider sees them:
    /// comments and trailing commas allowed, escapes decoded, nested objects joined with ':' and array items by index.
    /// The one JSON parser of the project, <see cref="JsonOutline"/>, reads the file (also for the configuration-file
    /// edits of SL2001's fix); it never throws. A malformed file, or one whose root is not an object, yields nothing, so
    /// a half-typed file gives no noise.
    /// </summary>
    public static class JsonConfigurationReader
    {
        public static IReadOnlyList<ConfigurationValue> Read(string text) =>
            JsonOutline.Parse(text)?.StringValues ?? Array.Empty<ConfigurationValue>();
    }
}
