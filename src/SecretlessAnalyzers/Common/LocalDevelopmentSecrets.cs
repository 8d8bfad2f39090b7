using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Secrets that only open something on the developer's machine or a throw-away test fixture: a password for a
    /// database on <c>localhost</c> or a docker-compose service (<c>Server=db;User Id=sa</c>), a broker at
    /// <c>guest:guest@localhost</c>, a key for <c>fake.blob.core.windows.net</c> in a test project. They are still
    /// worth knowing about (the same code may be copied to production), so they are reported, but as information:
    /// never as a warning that fails a build.
    /// </summary>
    public static class LocalDevelopmentSecrets
    {
        /// <summary>Set on a finding reported as information because its resource is local or a fixture.</summary>
        public const string ReasonProperty = "LocalDevelopment";

        // Service names docker-compose files give database, cache and broker containers.
        private static readonly HashSet<string> ContainerHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "db", "database", "sql", "sqlserver", "mssql", "sqledge", "azuresqledge", "postgres", "postgresql", "pg", "pgsql",
            "mysql", "mariadb", "mongo", "mongodb", "redis", "cache", "rabbitmq", "rabbit", "broker", "amqp", "azurite",
            "cosmos", "cosmosdb", "servicebus", "eventhubs", "emulator",
        };

        // First labels of hosts and account names that only tests use.
        private static readonly HashSet<string> FixtureNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "test", "tests", "testing", "fake", "dummy", "mock", "stub", "example", "sample", "placeholder", "foo", "bar",
            "unittest", "myaccount", "mynamespace", "myserver",
        };

        /// <summary>The host of a resource is this machine or a container of a local compose file.</summary>
        public static bool IsLocalHost(string? resource)
        {
            var host = HostOf(resource);
            if (host.Length == 0)
            {
                return false;
            }

            return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || host.Equals("(local)", StringComparison.OrdinalIgnoreCase)
                || host.Equals(".", StringComparison.Ordinal)
                || host.StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase)
                || host.StartsWith("127.", StringComparison.Ordinal)
                || host.Equals("::1", StringComparison.Ordinal) || host.Equals("[::1]", StringComparison.Ordinal)
                || host.Equals("host.docker.internal", StringComparison.OrdinalIgnoreCase)
                || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
                || ContainerHosts.Contains(host);
        }

        /// <summary>The first label of the host or account names a test fixture (<c>test.servicebus.windows.net</c>, <c>fake</c>).</summary>
        public static bool IsFixture(string? resource)
        {
            var host = HostOf(resource);
            var dot = host.IndexOf('.');
            return host.Length > 0 && FixtureNames.Contains(dot < 0 ? host : host.Substring(0, dot));
        }

        /// <summary>
        /// The finding as it should be reported: as information when its resource is local, or a fixture in a test
        /// project; unchanged otherwise.
        /// </summary>
        public static Diagnostic Adjust(Diagnostic diagnostic, bool isTestProject)
        {
            if (diagnostic.Severity <= DiagnosticSeverity.Info
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Resource, out var resource)
                || !(IsLocalHost(resource) || (isTestProject && IsFixture(resource))))
            {
                return diagnostic;
            }

            var descriptor = diagnostic.Descriptor;
            return Diagnostic.Create(
                descriptor.Id,
                descriptor.Category,
                diagnostic.GetMessage(),
                DiagnosticSeverity.Info,
                descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                warningLevel: 1,
                descriptor.Title,
                descriptor.Description,
                descriptor.HelpLinkUri,
                diagnostic.Location,
                diagnostic.AdditionalLocations,
                descriptor.CustomTags,
                diagnostic.Properties.SetItem(ReasonProperty, "true"));
        }

        // "tcp:localhost,1433", "localhost:5432", "db\SQLEXPRESS", "https://test.servicebus.windows.net/" -> the host.
        private static string HostOf(string? resource)
        {
            if (resource is null)
            {
                return string.Empty;
            }

            var host = resource.Trim();
            var scheme = host.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                host = host.Substring(scheme + 3);
            }

            if (host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
            {
                host = host.Substring(4);
            }

            if (host.StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase) || host.StartsWith("[", StringComparison.Ordinal) || host == "::1")
            {
                return host;
            }

            var end = host.IndexOfAny(new[] { ',', ':', '/', '\\', ';' });
            return end < 0 ? host : host.Substring(0, end);
        }
    }
}
