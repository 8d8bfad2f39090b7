using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Messaging
{
    /// <summary>The kind of messaging client a secret reaches: it decides the role and the shape of the rewrite.</summary>
    public static class MessagingClients
    {
        public const string ServiceBus = "ServiceBus";
        public const string ServiceBusAdministration = "ServiceBusAdministration";
        public const string EventHubProducer = "EventHubProducer";
        public const string EventHubConsumer = "EventHubConsumer";
        public const string EventProcessor = "EventProcessor";

        public static bool IsEventHubs(string? client) => client is EventHubProducer or EventHubConsumer or EventProcessor;

        /// <summary>The least-privilege data-plane role for the client kind.</summary>
        public static string RoleFor(string? client) => client switch
        {
            ServiceBus => Roles.ServiceBusDataSender.Name + " (to send) / " + Roles.ServiceBusDataReceiver.Name + " (to receive)",
            ServiceBusAdministration => Roles.ServiceBusDataOwner.Name,
            EventHubProducer => Roles.EventHubsDataSender.Name,
            EventHubConsumer => Roles.EventHubsDataReceiver.Name,
            EventProcessor => Roles.EventHubsDataReceiver.Name + " (and " + Roles.StorageBlobDataContributor.Name + " on the checkpoint container)",
            _ => Roles.ServiceBusDataSender.Name + " / Receiver, or " + Roles.EventHubsDataSender.Name + " / Receiver (the data role of what the code does)",
        };

        /// <summary>The catalog service of a client kind: Service Bus, Event Hubs, or the namespace of either (or Relay) when the client is unknown.</summary>
        public static AzureService ServiceOf(string? client) => client switch
        {
            ServiceBus or ServiceBusAdministration => Services.ServiceBus,
            EventProcessor or EventHubProducer or EventHubConsumer => Services.EventHubs,
            _ => Services.Messaging,
        };

        public static string ServiceDisplayName(string? client) => ServiceOf(client).DisplayName;
    }

    /// <summary>The messaging SDK types of one compilation, looked up once and only when a candidate appears.</summary>
    public sealed class MessagingSymbols
    {
        // Retired SDKs by namespace, with the package that replaces them. No type look-up is needed to tell them.
        private static readonly (string Namespace, string Package, string Replacement)[] LegacyNamespaces =
        {
            ("Microsoft.Azure.ServiceBus", "Microsoft.Azure.ServiceBus", "Azure.Messaging.ServiceBus"),
            ("Microsoft.Azure.EventHubs.Processor", "Microsoft.Azure.EventHubs.Processor", "Azure.Messaging.EventHubs.Processor"),
            ("Microsoft.Azure.EventHubs", "Microsoft.Azure.EventHubs", "Azure.Messaging.EventHubs"),
            ("Microsoft.ServiceBus", "WindowsAzure.ServiceBus", "Azure.Messaging.ServiceBus or Azure.Messaging.EventHubs"),
        };

        private readonly Dictionary<INamedTypeSymbol, string> _clients = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);

        public MessagingSymbols(Compilation compilation)
        {
            // The catalog's Service Bus and Event Hubs clients, by the client kind (their part) that decides role and rewrite.
            foreach (var client in Services.ServiceBus.ClientTypes.Concat(Services.EventHubs.ClientTypes))
            {
                var type = compilation.GetTypeByMetadataName(client.MetadataName);
                if (type is not null && client.Part is { } kind)
                {
                    _clients[type] = kind;
                }
            }

            AzureNamedKeyCredential = compilation.GetTypeByMetadataName("Azure.AzureNamedKeyCredential");
            AzureSasCredential = compilation.GetTypeByMetadataName("Azure.AzureSasCredential");
            Identity = new AzureIdentitySymbols(compilation);
        }

        public INamedTypeSymbol? AzureNamedKeyCredential { get; }

        public INamedTypeSymbol? AzureSasCredential { get; }

        public AzureIdentitySymbols Identity { get; }

        /// <summary>One of <see cref="MessagingClients"/> for a current messaging client type, or null.</summary>
        public string? ClientOf(ITypeSymbol? type) =>
            type is INamedTypeSymbol named && _clients.TryGetValue(named.OriginalDefinition, out var client) ? client : null;

        /// <summary>A client registration of Microsoft.Extensions.Azure (<c>AddServiceBusClient</c>...): its client kind, or null.</summary>
        public string? ClientOfRegistration(IMethodSymbol method) => ClientOf(ClientRegistrations.RegisteredClient(method));

        public bool IsCredential(ITypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, AzureNamedKeyCredential) || SymbolEqualityComparer.Default.Equals(type, AzureSasCredential));

        /// <summary>The retired package a type belongs to (e.g. <c>Microsoft.Azure.ServiceBus</c>), or null.</summary>
        public static string? LegacyPackageOf(ITypeSymbol? type)
        {
            var ns = type?.ContainingNamespace?.ToDisplayString();
            if (ns is null)
            {
                return null;
            }

            foreach (var (prefix, package, _) in LegacyNamespaces)
            {
                if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    return package;
                }
            }

            return null;
        }

        /// <summary>The current package that replaces a retired one.</summary>
        public static string ReplacementOf(string? legacyPackage)
        {
            foreach (var (_, package, replacement) in LegacyNamespaces)
            {
                if (package == legacyPackage)
                {
                    return replacement;
                }
            }

            return "Azure.Messaging.ServiceBus or Azure.Messaging.EventHubs";
        }
    }
}
