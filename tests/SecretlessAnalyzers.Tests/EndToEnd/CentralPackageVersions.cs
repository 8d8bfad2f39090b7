using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// The package versions of the repository's /Directory.Packages.props, read when the tests run. Projects the
    /// end-to-end tests generate live outside the repository (they do not inherit central package management), so
    /// they name each version explicitly: from here, never hard-coded, so the tests compile against what the rest of
    /// the repository compiles against. <c>$(Property)</c> versions are resolved from /Directory.Build.props.
    /// </summary>
    public static class CentralPackageVersions
    {
        private static readonly Regex PropertyReference = new Regex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_.-]*)\)", RegexOptions.CultureInvariant);

        /// <summary>The version Directory.Packages.props pins for <paramref name="package"/>; fails when it pins none.</summary>
        public static string Of(string repositoryRoot, string package)
        {
            var versions = Read(repositoryRoot);
            return versions.TryGetValue(package, out var version)
                ? version
                : throw new InvalidOperationException($"Directory.Packages.props pins no version of {package}; add a PackageVersion for it there.");
        }

        /// <summary>Every PackageVersion of Directory.Packages.props, by package id (case-insensitive), with properties resolved.</summary>
        public static IReadOnlyDictionary<string, string> Read(string repositoryRoot)
        {
            var properties = Properties(Path.Combine(repositoryRoot, "Directory.Build.props"));
            var packages = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Packages.props"));
            var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in packages.Descendants().Where(e => e.Name.LocalName == "PackageVersion"))
            {
                var id = (string?)item.Attribute("Include") ?? throw new InvalidOperationException("A PackageVersion without Include: " + item);
                var version = (string?)item.Attribute("Version") ?? throw new InvalidOperationException("A PackageVersion without Version: " + item);
                versions[id] = Resolve(version, properties, id);
            }

            return versions;
        }

        private static Dictionary<string, string> Properties(string path)
        {
            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (!File.Exists(path))
            {
                return properties;
            }

            // Unconditional properties only: the versions must not depend on the configuration being built.
            foreach (var group in XDocument.Load(path).Root!.Elements().Where(e => e.Name.LocalName == "PropertyGroup" && e.Attribute("Condition") is null))
            {
                foreach (var property in group.Elements().Where(e => e.Attribute("Condition") is null))
                {
                    properties[property.Name.LocalName] = property.Value.Trim();
                }
            }

            return properties;
        }

        private static string Resolve(string version, IReadOnlyDictionary<string, string> properties, string package) =>
            PropertyReference.Replace(version, match =>
                properties.TryGetValue(match.Groups["name"].Value, out var value) && !PropertyReference.IsMatch(value)
                    ? value
                    : throw new InvalidOperationException($"The version of {package}, '{version}', uses a property Directory.Build.props does not set plainly."));
    }
}
