using System.IO;

namespace SecretlessAnalyzers.Configuration
{
    public enum ConfigurationFileKind
    {
        None,
        Json,
        Xml,
    }

    /// <summary>Which additional files are configuration files, by name, as the package's build targets add them.</summary>
    public static class ConfigurationFiles
    {
        /// <summary>
        /// The configuration files, as the paths (relative to the project, <c>*</c>: any characters) that
        /// nuget/build/SecretlessAnalyzers.targets gives the compiler; a file counts by its name wherever it is.
        /// ConfigurationFilesTests checks that the targets name exactly these.
        /// </summary>
        public static readonly ImmutableArray<(string Pattern, ConfigurationFileKind Kind)> Patterns = ImmutableArray.Create(
            ("appsettings*.json", ConfigurationFileKind.Json),
            ("local.settings.json", ConfigurationFileKind.Json),
            ("launchSettings.json", ConfigurationFileKind.Json),
            ("web.config", ConfigurationFileKind.Xml),
            ("app.config", ConfigurationFileKind.Xml),
            ("connectionstrings.config", ConfigurationFileKind.Xml),
            ("web.*.config", ConfigurationFileKind.Xml));

        public static ConfigurationFileKind KindOf(string path)
        {
            if (IsUnderBuildOutput(path))
            {
                return ConfigurationFileKind.None;
            }

            var name = Path.GetFileName(path);
            foreach (var (pattern, kind) in Patterns)
            {
                if (NameMatches(name, pattern.Substring(pattern.LastIndexOf('/') + 1)))
                {
                    return kind;
                }
            }

            return ConfigurationFileKind.None;
        }

        /// <summary>The section of Azure Functions' local.settings.json whose entries the app reads as plain settings.</summary>
        public const string FunctionsValuesSection = "Values";

        /// <summary>The section <c>GetConnectionString(name)</c> reads.</summary>
        public const string ConnectionStringsSection = "ConnectionStrings";

        /// <summary>Azure Functions' local.settings.json: its <c>Values</c> are the app's settings, flat (no nested objects).</summary>
        public static bool IsFunctionsLocalSettings(string path) =>
            Path.GetFileName(path).Equals("local.settings.json", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The key the app reads for a setting written at <paramref name="path"/> of a JSON file. In local.settings.json
        /// a <c>Values</c> entry is an environment variable: read by its bare name, <c>__</c> standing for <c>:</c>.
        /// (ASP.NET Core's JSON provider takes <c>__</c> literally.)
        /// </summary>
        public static string AppKey(string filePath, string path)
        {
            var values = FunctionsValuesSection + ":";
            return IsFunctionsLocalSettings(filePath) && path.StartsWith(values, StringComparison.OrdinalIgnoreCase)
                ? path.Substring(values.Length).Replace("__", ":")
                : path;
        }

        /// <summary>Development-only files: they still hold real keys in practice, so they are reported too.</summary>
        public static bool IsDevelopmentFile(string path)
        {
            var name = Path.GetFileName(path);
            return name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.IndexOf(".Development.", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>Case-insensitive match of a name with a pattern of at most one <c>*</c>.</summary>
        private static bool NameMatches(string name, string pattern)
        {
            var star = pattern.IndexOf('*');
            if (star < 0)
            {
                return name.Equals(pattern, StringComparison.OrdinalIgnoreCase);
            }

            var prefix = pattern.Substring(0, star);
            var suffix = pattern.Substring(star + 1);
            return name.Length >= prefix.Length + suffix.Length
                && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsUnderBuildOutput(string path)
        {
            var normalized = path.Replace('\\', '/');
            return normalized.IndexOf("/bin/", StringComparison.OrdinalIgnoreCase) >= 0
                || normalized.IndexOf("/obj/", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
