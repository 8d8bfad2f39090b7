using System;
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
        public static ConfigurationFileKind KindOf(string path)
        {
            if (IsUnderBuildOutput(path))
            {
                return ConfigurationFileKind.None;
            }

            var name = Path.GetFileName(path);
            if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigurationFileKind.Json;
            }

            if (name.Equals("web.config", StringComparison.OrdinalIgnoreCase)
                || name.Equals("app.config", StringComparison.OrdinalIgnoreCase)
                || name.Equals("connectionstrings.config", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("web.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".config", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigurationFileKind.Xml;
            }

            return ConfigurationFileKind.None;
        }

        /// <summary>Development-only files: they still hold real keys in practice, so they are reported too.</summary>
        public static bool IsDevelopmentFile(string path)
        {
            var name = Path.GetFileName(path);
            return name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.IndexOf(".Development.", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static bool IsUnderBuildOutput(string path)
        {
            var normalized = path.Replace('\\', '/');
            return normalized.IndexOf("/bin/", StringComparison.OrdinalIgnoreCase) >= 0
                || normalized.IndexOf("/obj/", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
