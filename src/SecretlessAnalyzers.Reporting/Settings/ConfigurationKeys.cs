using System;
using System.Collections.Generic;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Merging;

namespace SecretlessAnalyzers.Reporting.Settings
{
    /// <summary>The configuration settings that hold secrets: where they are, what reads them, and what replaces them.</summary>
    public static class ConfigurationKeys
    {
        private const string ConnectionStrings = "ConnectionStrings:";
        private const string FullyQualifiedNamespace = ":FullyQualifiedNamespace";

        /// <summary>The setting SL2001's fix reads the endpoint from, after the connection string's name (its convention, per service).</summary>
        private static readonly Dictionary<string, string> EndpointSettings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ServiceIds.Storage] = ":ServiceUri",
            [ServiceIds.ServiceBus] = FullyQualifiedNamespace,
            [ServiceIds.EventHubs] = FullyQualifiedNamespace,
            [ServiceIds.Messaging] = FullyQualifiedNamespace,
            [ServiceIds.CosmosDb] = ":AccountEndpoint",
            [ServiceIds.AppConfiguration] = ":Endpoint",
        };

        public static IEnumerable<ConfigurationKeyToDelete> Of(IReadOnlyList<Finding> findings)
        {
            var keys = new SortedDictionary<string, ConfigurationKeyToDelete>(StringComparer.OrdinalIgnoreCase);
            foreach (var finding in findings)
            {
                var key = finding.Property("ConfigurationKey");
                if (key is null)
                {
                    continue;
                }

                if (!keys.TryGetValue(key, out var entry))
                {
                    keys[key] = entry = new ConfigurationKeyToDelete { Key = key };
                }

                if (finding.RuleId == "SL2001" && finding.Property("FixBlocker") is null && entry.NewSetting is null)
                {
                    (entry.NewSetting, entry.NewValue) = EndpointSetting(finding, key, findings);
                }

                var list = finding.InSourceCode ? entry.ReadAt : entry.Files;
                if (!list.Contains(finding.Where))
                {
                    list.Add(finding.Where);
                }
            }

            return keys.Values;
        }

        /// <summary>
        /// The setting SL2001's fix introduces, by its convention: the key without <c>ConnectionStrings:</c>, then the
        /// service's endpoint setting (<c>:ServiceUri</c>, <c>:FullyQualifiedNamespace</c>, <c>:AccountEndpoint</c>,
        /// <c>:Endpoint</c>); with its value when a finding names the resource.
        /// </summary>
        private static (string? Setting, string? Value) EndpointSetting(Finding finding, string key, IReadOnlyList<Finding> findings)
        {
            var name = key.StartsWith(ConnectionStrings, StringComparison.OrdinalIgnoreCase) ? key.Substring(ConnectionStrings.Length) : key;
            var service = finding.Property("Service") ?? string.Empty;
            var resource = finding.Property("Resource") ?? RoleMerger.ResourceOfSameSetting(finding, service, findings);
            var facts = ServiceFacts.Find(service, resource);
            if (facts is null || !EndpointSettings.TryGetValue(facts.Id, out var suffix))
            {
                return (null, null);
            }

            // Namespaces are written as their host name; the other endpoints come from the catalog's template.
            var value = resource is null ? null
                : suffix == FullyQualifiedNamespace ? resource
                : ServiceFacts.EndpointFor(facts, resource.Split('.')[0], finding.Property("Role"));
            return (name + suffix, value);
        }
    }
}
