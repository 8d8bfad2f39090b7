using System.IO;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// The configuration settings of a compilation that hold secrets, indexed the ways code reads them:
    /// <c>GetConnectionString("Orders")</c>, <c>configuration["Storage:Key"]</c>, <c>GetSection("Storage")</c>, and
    /// for Azure Functions' local.settings.json, the bare name of a <c>Values</c> entry.
    /// </summary>
    public sealed class ConfiguredSecrets
    {
        private readonly Dictionary<string, (string Key, string Kind, string File, string Value)> _byKey = new Dictionary<string, (string, string, string, string)>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string Key, string Kind, string File, string Value)> _byConnectionStringName = new Dictionary<string, (string, string, string, string)>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string Key, string Kind, string File, string Value)> _bySection = new Dictionary<string, (string, string, string, string)>(StringComparer.OrdinalIgnoreCase);

        public static ConfiguredSecrets From(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var secrets = new ConfiguredSecrets();
            foreach (var file in files)
            {
                var fileName = Path.GetFileName(file.Path);
                var isFunctionsSettings = ConfigurationFiles.IsFunctionsLocalSettings(fileName);
                foreach (var (setting, secret) in InFile(file, cancellationToken))
                {
                    secrets.Add(setting.Key, secret.Kind, fileName, setting.Value, isFunctionsSettings);
                }
            }

            return secrets;
        }

        /// <summary>The secrets of one configuration file, with their settings; empty for any other file.</summary>
        public static IEnumerable<(ConfigurationValue Setting, ValueSecret Secret)> InFile(AdditionalText file, CancellationToken cancellationToken)
        {
            var kind = ConfigurationFiles.KindOf(file.Path);
            var text = kind == ConfigurationFileKind.None ? null : file.GetText(cancellationToken);
            if (text is null)
            {
                yield break;
            }

            var values = kind == ConfigurationFileKind.Json ? JsonConfigurationReader.Read(text.ToString()) : XmlConfigurationReader.Read(text);
            foreach (var value in values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ValueSecretDetectors.Detect(value.Value, value.Key) is { } secret)
                {
                    yield return (value, secret);
                }
            }
        }

        public bool IsEmpty => _byKey.Count == 0;

        /// <summary>Every string a reading call could carry (keys, connection-string names, sections), in one set.</summary>
        public ISet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public bool TryGetByKey(string key, out (string Key, string Kind, string File, string Value) entry) => _byKey.TryGetValue(key, out entry);

        public bool TryGetByConnectionStringName(string name, out (string Key, string Kind, string File, string Value) entry) => _byConnectionStringName.TryGetValue(name, out entry);

        public bool TryGetBySection(string section, out (string Key, string Kind, string File, string Value) entry) => _bySection.TryGetValue(section, out entry);

        // The value is kept to derive what code reading it needs (a database's host and name); it is never reported.
        private void Add(string key, string kind, string file, string value, bool isFunctionsSettings)
        {
            var entry = (key, kind, file, value);
            _byKey[key] = entry;
            Names.Add(key);
            const string ConnectionStrings = ConfigurationFiles.ConnectionStringsSection + ":";
            const string Values = ConfigurationFiles.FunctionsValuesSection + ":";
            if (key.StartsWith(ConnectionStrings, StringComparison.OrdinalIgnoreCase))
            {
                _byConnectionStringName[key.Substring(ConnectionStrings.Length)] = entry;
                Names.Add(key.Substring(ConnectionStrings.Length));
            }

            if (isFunctionsSettings && key.StartsWith(Values, StringComparison.OrdinalIgnoreCase))
            {
                // Functions expose Values entries as plain settings and environment variables.
                _byKey[key.Substring(Values.Length)] = entry;
                Names.Add(key.Substring(Values.Length));
            }

            for (var separator = key.IndexOf(':'); separator > 0; separator = key.IndexOf(':', separator + 1))
            {
                _bySection[key.Substring(0, separator)] = entry;
                Names.Add(key.Substring(0, separator));
            }
        }
    }
}
