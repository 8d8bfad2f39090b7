using System.IO;
using System.Xml;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// Reads <c>connectionStrings/add</c> (name, connectionString), <c>appSettings/add</c> (key, value) and the
    /// <c>machineKey</c> keys from a
    /// .NET Framework configuration file or transform. No DTDs and no external resolution; a malformed file stops the
    /// reading where it breaks and never throws.
    /// </summary>
    public static class XmlConfigurationReader
    {
        public static IReadOnlyList<ConfigurationValue> Read(SourceText sourceText)
        {
            var text = sourceText.ToString();
            var values = new List<ConfigurationValue>();
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
                MaxCharactersInDocument = 16 * 1024 * 1024,
            };

            // Element names by depth, so the parent of an <add> is known.
            var path = new List<string>();
            try
            {
                using var reader = XmlReader.Create(new StringReader(text), settings);
                var lineInfo = (IXmlLineInfo)reader;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    while (path.Count > reader.Depth)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    path.Add(reader.LocalName);
                    var parent = path.Count >= 2 ? path[path.Count - 2] : null;
                    if (reader.LocalName == "machineKey")
                    {
                        ReadMachineKey(reader, sourceText, text, lineInfo, values);
                        continue;
                    }

                    if (reader.LocalName != "add" || (parent != "connectionStrings" && parent != "appSettings"))
                    {
                        continue;
                    }

                    var (nameAttribute, valueAttribute, prefix) = parent == "connectionStrings"
                        ? ("name", "connectionString", "ConnectionStrings:")
                        : ("key", "value", string.Empty);
                    var name = reader.GetAttribute(nameAttribute);
                    if (name is not null && reader.MoveToAttribute(valueAttribute))
                    {
                        values.Add(new ConfigurationValue(prefix + name, reader.Value, ValueSpan(sourceText, text, lineInfo)));
                        reader.MoveToElement();
                    }
                }
            }
            catch (XmlException)
            {
                // Malformed: keep what was read before the error.
            }

            return values;
        }

        /// <summary>
        /// <c>&lt;machineKey validationKey="..." decryptionKey="..."/&gt;</c>: the keys that sign and encrypt ASP.NET
        /// forms-authentication tickets and view state. <c>AutoGenerate,IsolateApps</c> is not a key.
        /// </summary>
        private static void ReadMachineKey(XmlReader reader, SourceText sourceText, string text, IXmlLineInfo lineInfo, List<ConfigurationValue> values)
        {
            foreach (var attribute in new[] { "validationKey", "decryptionKey" })
            {
                if (reader.MoveToAttribute(attribute) && reader.Value.IndexOf("AutoGenerate", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    values.Add(new ConfigurationValue("system.web:machineKey:" + attribute, reader.Value, ValueSpan(sourceText, text, lineInfo)));
                }

                reader.MoveToElement();
            }
        }

        /// <summary>The reader is on an attribute: its value starts after the first quote that follows the attribute's position.</summary>
        private static TextSpan ValueSpan(SourceText sourceText, string text, IXmlLineInfo lineInfo)
        {
            if (!lineInfo.HasLineInfo() || lineInfo.LineNumber < 1 || lineInfo.LineNumber > sourceText.Lines.Count)
            {
                return default;
            }

            var attributeStart = Math.Min(sourceText.Lines[lineInfo.LineNumber - 1].Start + lineInfo.LinePosition - 1, text.Length);
            var quote = text.IndexOfAny(new[] { '"', '\'' }, attributeStart);
            if (quote < 0)
            {
                return default;
            }

            var end = text.IndexOf(text[quote], quote + 1);
            return TextSpan.FromBounds(quote + 1, end < 0 ? text.Length : end);
        }
    }
}
