using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.KeyBased;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// SL2001's fix rewrites the project's configuration files in the same code action: the connection string the code
    /// stops reading goes, the endpoint setting it reads instead comes, derived from each file's own value. The fixed
    /// and fix-all results are checked file by file (FixedState.AdditionalFiles), parsed as JSON, and searched for the key.
    /// </summary>
    public class ConfigurationFileFixTests
    {
        private const string BusSource = """
            using Azure.Messaging.ServiceBus;
            using Microsoft.Extensions.Configuration;

            class Bus
            {
                public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config.GetConnectionString("Invoices")|]);
            }
            """;

        private const string BusFixed = """
            using System;
            using Azure.Identity;
            using Azure.Messaging.ServiceBus;
            using Microsoft.Extensions.Configuration;

            class Bus
            {
                public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());
            }
            """;

        [Fact]
        public Task ServiceBus_NestedKey_AppSettingsAndDevelopmentFile_EachGetTheirOwnNamespace()
        {
            var production = FakeSecrets.MessagingConnectionString("invoicing-prod", seed: 31);
            var development = FakeSecrets.MessagingConnectionString("invoicing-dev", seed: 32);
            var test = new Verify.Test { TestCode = BusSource, FixedCode = BusFixed };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "Logging": {
                    "LogLevel": { "Default": "Information" }
                  },
                  "ConnectionStrings": {
                    "Invoices": "{{production}}",
                    "Database": "Server=tcp:sql1.database.windows.net;Database=app;Authentication=Active Directory Default"
                  },
                  "AllowedHosts": "*"
                }
                """));
            test.TestState.AdditionalFiles.Add(("/0/Settings/appsettings.Development.json", $$"""
                {
                  "ConnectionStrings": {
                    "Invoices": "{{development}}"
                  }
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "Logging": {
                    "LogLevel": { "Default": "Information" }
                  },
                  "ConnectionStrings": {
                    "Database": "Server=tcp:sql1.database.windows.net;Database=app;Authentication=Active Directory Default"
                  },
                  "AllowedHosts": "*",
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing-prod.servicebus.windows.net"
                  }
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/Settings/appsettings.Development.json", """
                {
                  "ConnectionStrings": {
                  },
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing-dev.servicebus.windows.net"
                  }
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(31));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(32));
            return test.RunAsync();
        }

        [Fact]
        public Task Storage_FlatKey_IsReplacedInPlace()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Queues
                    {
                        public QueueServiceClient Create(IConfiguration config) => new QueueServiceClient([|config["ConnectionStrings:Storage"]|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Queues
                    {
                        public QueueServiceClient Create(IConfiguration config) => new QueueServiceClient(new Uri(config["Storage:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:QueueServiceUri")), new DefaultAzureCredential());
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "ConnectionStrings:Storage": "{{FakeSecrets.StorageConnectionString("ordersdata", seed: 33)}}",
                  "AllowedHosts": "*"
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "Storage:QueueServiceUri": "https://ordersdata.queue.core.windows.net",
                  "AllowedHosts": "*"
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(33));
            return test.RunAsync();
        }

        [Fact]
        public Task EventHubs_WithoutHubName_WritesEventHubNameFromEntityPath()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.EventHubs.Producer;
                    using Microsoft.Extensions.Configuration;

                    class Telemetry
                    {
                        public EventHubProducerClient Create(IConfiguration config) => new EventHubProducerClient([|config["Hub"]|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Microsoft.Extensions.Configuration;

                    class Telemetry
                    {
                        public EventHubProducerClient Create(IConfiguration config) => new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), new DefaultAzureCredential());
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "Hub": "{{FakeSecrets.MessagingConnectionString("telemetry", "Send", entityPath: "device-events", seed: 34)}}"
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "Hub:FullyQualifiedNamespace": "telemetry.servicebus.windows.net",
                  "Hub:EventHubName": "device-events"
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(34));
            return test.RunAsync();
        }

        [Fact]
        public Task Cosmos_AndAppConfiguration_FixAll_EditTheFileOnce()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Data.AppConfiguration;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public CosmosClient Cosmos(IConfiguration config) => new CosmosClient([|config.GetConnectionString("Cosmos")|]);
                        public ConfigurationClient Settings(IConfiguration config) => new ConfigurationClient([|config.GetConnectionString("AppConfig")|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public CosmosClient Cosmos(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), new DefaultAzureCredential());
                        public ConfigurationClient Settings(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public CosmosClient Cosmos(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), AzureCredential);
                        public ConfigurationClient Settings(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), AzureCredential);
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "ConnectionStrings": {
                    "Cosmos": "{{FakeSecrets.CosmosConnectionString("ordersdb", seed: 35)}}",
                    "AppConfig": "Endpoint=https://settings1.azconfig.io;Id=k1;Secret={{FakeServiceSecrets.AccessKey(36)}}"
                  }
                }
                """));
            var expected = """
                {
                  "ConnectionStrings": {
                  },
                  "Cosmos": {
                    "AccountEndpoint": "https://ordersdb.documents.azure.com:443/"
                  },
                  "AppConfig": {
                    "Endpoint": "https://settings1.azconfig.io"
                  }
                }
                """;
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", expected));
            test.BatchFixedState.AdditionalFiles.Add(("/0/appsettings.json", expected));
            test.SecretsMovedOut.Add(FakeSecrets.CosmosKey(35));
            test.SecretsMovedOut.Add(FakeServiceSecrets.AccessKey(36));
            return test.RunAsync();
        }

        [Fact]
        public Task FunctionsLocalSettings_ValuesEntry_BecomesFlatSetting()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config["Invoices"]|]);
                    }
                    """,
                FixedCode = BusFixed,
            };
            test.TestState.AdditionalFiles.Add(("/0/local.settings.json", $$"""
                {
                  "IsEncrypted": false,
                  "Values": {
                    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                    "Invoices": "{{FakeSecrets.MessagingConnectionString("jobs", seed: 37)}}"
                  }
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/local.settings.json", """
                {
                  "IsEncrypted": false,
                  "Values": {
                    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                    "Invoices__FullyQualifiedNamespace": "jobs.servicebus.windows.net"
                  }
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(37));
            return test.RunAsync();
        }

        [Fact]
        public Task CommentsAndTrailingCommas_AreKept()
        {
            var test = new Verify.Test { TestCode = BusSource, FixedCode = BusFixed };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  // Connection strings of the invoicing service.
                  "ConnectionStrings": {
                    "Invoices": "{{FakeSecrets.MessagingConnectionString("invoicing", seed: 38)}}", // rotated monthly
                  },
                  /* hosts */
                  "AllowedHosts": "*",
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  // Connection strings of the invoicing service.
                  "ConnectionStrings": {
                  },
                  /* hosts */
                  "AllowedHosts": "*",
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing.servicebus.windows.net"
                  },
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(38));
            return test.RunAsync();
        }

        [Fact]
        public Task PlaceholderAndEmulatorValues_AreLeftAsTheyAre()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Blobs
                    {
                        public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient([|config.GetConnectionString("Storage")|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Blobs
                    {
                        public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), new DefaultAzureCredential());
                    }
                    """,
            };
            const string Production = """
                {
                  "ConnectionStrings": {
                    "Storage": ""
                  }
                }
                """;
            const string Development = """
                {
                  "ConnectionStrings": {
                    "Storage": "UseDevelopmentStorage=true"
                  }
                }
                """;
            const string Vault = """
                {
                  "Values": {
                    "ConnectionStrings:Storage": "@Microsoft.KeyVault(SecretUri=https://vault1.vault.azure.net/secrets/storage/)"
                  }
                }
                """;
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", Production));
            test.TestState.AdditionalFiles.Add(("/0/appsettings.Development.json", Development));
            test.TestState.AdditionalFiles.Add(("/0/local.settings.json", Vault));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", Production));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.Development.json", Development));
            test.FixedState.AdditionalFiles.Add(("/0/local.settings.json", Vault));
            return test.RunAsync();
        }

        [Fact]
        public Task AnotherReadOfTheKey_KeepsTheEntry_AndAddsTheSetting()
        {
            var cs = FakeSecrets.MessagingConnectionString("invoicing", seed: 39);
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config.GetConnectionString("Invoices")|]);
                        public bool IsConfigured(IConfiguration config) => config.GetConnectionString("Invoices") is { Length: > 0 };
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());
                        public bool IsConfigured(IConfiguration config) => config.GetConnectionString("Invoices") is { Length: > 0 };
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "ConnectionStrings": {
                    "Invoices": "{{cs}}"
                  }
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "ConnectionStrings": {
                    "Invoices": "{{cs}}"
                  },
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing.servicebus.windows.net"
                  }
                }
                """));
            return test.RunAsync();
        }

        [Fact]
        public Task QueueNamedLikeTheSetting_IsNotARead_TheEntryGoes()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusSender Create(IConfiguration config) => new ServiceBusClient([|config.GetConnectionString("Invoices")|]).CreateSender("invoices");
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusSender Create(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential()).CreateSender("invoices");
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "ConnectionStrings": {
                    "Invoices": "{{FakeSecrets.MessagingConnectionString("invoicing", "Send", seed: 45)}}"
                  }
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "ConnectionStrings": {
                  },
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing.servicebus.windows.net"
                  }
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(45));
            return test.RunAsync();
        }

        [Fact]
        public Task AnotherReadInOtherCase_KeepsTheEntry()
        {
            var cs = FakeSecrets.MessagingConnectionString("invoicing", seed: 46);
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config["Invoices"]|]);
                        public string? Raw(IConfiguration config) => config["INVOICES"];
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());
                        public string? Raw(IConfiguration config) => config["INVOICES"];
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""{ "Invoices": "{{cs}}" }"""));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", $$"""{ "Invoices": "{{cs}}", "Invoices:FullyQualifiedNamespace": "invoicing.servicebus.windows.net" }"""));
            return test.RunAsync();
        }

        [Fact]
        public Task BlobAndQueueClientsOfOneKey_EachGetsItsServiceUri_AndTheSecretGoes()
        {
            var cs = FakeSecrets.StorageConnectionString("sharedacct", seed: 47);
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Storage
                    {
                        public BlobServiceClient Blobs(IConfiguration config) => new BlobServiceClient([|config["Storage"]|]);
                        public QueueServiceClient Queues(IConfiguration config) => new QueueServiceClient([|config["Storage"]|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Storage
                    {
                        public BlobServiceClient Blobs(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), new DefaultAzureCredential());
                        public QueueServiceClient Queues(IConfiguration config) => new QueueServiceClient(new Uri(config["Storage:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:QueueServiceUri")), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Storage
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public BlobServiceClient Blobs(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), AzureCredential);
                        public QueueServiceClient Queues(IConfiguration config) => new QueueServiceClient(new Uri(config["Storage:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:QueueServiceUri")), AzureCredential);
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "Storage": "{{cs}}"
                }
                """));

            // One fix at a time: the first (blob) adds Storage:BlobServiceUri and keeps the entry the queue client still
            // reads; the second puts Storage:QueueServiceUri in the entry's place. Fix All replaces the entry with both.
            // Either way each client reads the endpoint of its own part of the account, and the key is gone.
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "Storage:QueueServiceUri": "https://sharedacct.queue.core.windows.net",
                  "Storage:BlobServiceUri": "https://sharedacct.blob.core.windows.net"
                }
                """));
            test.BatchFixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "Storage:BlobServiceUri": "https://sharedacct.blob.core.windows.net",
                  "Storage:QueueServiceUri": "https://sharedacct.queue.core.windows.net"
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(47));
            return test.RunAsync();
        }

        [Fact]
        public Task FunctionsLocalSettings_BlobQueueAndTableRegistrationsOfOneKey_EachGetTheirServiceUri()
        {
            var cs = FakeSecrets.StorageConnectionString("jobsdata", seed: 50);
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddBlobServiceClient([|config["Jobs"]|]);
                                clients.AddQueueServiceClient([|config["Jobs"]|]);
                                clients.AddTableServiceClient([|config["Jobs"]|]);
                            });
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddBlobServiceClient(new Uri(config["Jobs:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Jobs:BlobServiceUri"))).WithCredential(new DefaultAzureCredential());
                                clients.AddQueueServiceClient(new Uri(config["Jobs:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Jobs:QueueServiceUri"))).WithCredential(new DefaultAzureCredential());
                                clients.AddTableServiceClient(new Uri(config["Jobs:TableServiceUri"] ?? throw new InvalidOperationException("Missing setting Jobs:TableServiceUri"))).WithCredential(new DefaultAzureCredential());
                            });
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddBlobServiceClient(new Uri(config["Jobs:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Jobs:BlobServiceUri"))).WithCredential(AzureCredential);
                                clients.AddQueueServiceClient(new Uri(config["Jobs:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Jobs:QueueServiceUri"))).WithCredential(AzureCredential);
                                clients.AddTableServiceClient(new Uri(config["Jobs:TableServiceUri"] ?? throw new InvalidOperationException("Missing setting Jobs:TableServiceUri"))).WithCredential(AzureCredential);
                            });
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/local.settings.json", $$"""
                {
                  "IsEncrypted": false,
                  "Values": {
                    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                    "Jobs": "{{cs}}"
                  }
                }
                """));

            // The names of Functions' identity-based connections (Jobs__blobServiceUri...; configuration keys ignore case).
            // One fix at a time the entry stays until the last client is fixed, which takes its place; Fix All writes all three there.
            test.FixedState.AdditionalFiles.Add(("/0/local.settings.json", """
                {
                  "IsEncrypted": false,
                  "Values": {
                    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                    "Jobs__TableServiceUri": "https://jobsdata.table.core.windows.net",
                    "Jobs__QueueServiceUri": "https://jobsdata.queue.core.windows.net",
                    "Jobs__BlobServiceUri": "https://jobsdata.blob.core.windows.net"
                  }
                }
                """));
            test.BatchFixedState.AdditionalFiles.Add(("/0/local.settings.json", """
                {
                  "IsEncrypted": false,
                  "Values": {
                    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                    "Jobs__BlobServiceUri": "https://jobsdata.blob.core.windows.net",
                    "Jobs__QueueServiceUri": "https://jobsdata.queue.core.windows.net",
                    "Jobs__TableServiceUri": "https://jobsdata.table.core.windows.net"
                  }
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(50));
            return test.RunAsync();
        }

        [Fact]
        public Task Registration_AndContainerClient_TakeTheirServiceEndpoint()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients => clients.AddQueueServiceClient([|config["Queues"]|]));

                        public static BlobContainerClient Orders(IConfiguration config) => new BlobContainerClient([|config.GetConnectionString("Blobs")|], "orders");
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients => clients.AddQueueServiceClient(new Uri(config["Queues:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Queues:QueueServiceUri"))).WithCredential(new DefaultAzureCredential()));

                        public static BlobContainerClient Orders(IConfiguration config) => new BlobServiceClient(new Uri(config["Blobs:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Blobs:BlobServiceUri")), new DefaultAzureCredential()).GetBlobContainerClient("orders");
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients => clients.AddQueueServiceClient(new Uri(config["Queues:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Queues:QueueServiceUri"))).WithCredential(AzureCredential));

                        public static BlobContainerClient Orders(IConfiguration config) => new BlobServiceClient(new Uri(config["Blobs:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Blobs:BlobServiceUri")), AzureCredential).GetBlobContainerClient("orders");
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "Queues": "{{FakeSecrets.StorageConnectionString("workqueues", seed: 48)}}",
                  "ConnectionStrings": {
                    "Blobs": "{{FakeSecrets.StorageConnectionString("orderblobs", seed: 49)}}"
                  }
                }
                """));
            var expected = """
                {
                  "Queues:QueueServiceUri": "https://workqueues.queue.core.windows.net",
                  "ConnectionStrings": {
                  },
                  "Blobs": {
                    "BlobServiceUri": "https://orderblobs.blob.core.windows.net"
                  }
                }
                """;
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", expected));
            test.BatchFixedState.AdditionalFiles.Add(("/0/appsettings.json", expected));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(48));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(49));
            return test.RunAsync();
        }

        [Fact]
        public Task SettingAlreadyThere_IsKept_AndTheSecretGoes()
        {
            var test = new Verify.Test { TestCode = BusSource, FixedCode = BusFixed };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing-west.servicebus.windows.net"
                  },
                  "ConnectionStrings": {
                    "Invoices": "{{FakeSecrets.MessagingConnectionString("invoicing", seed: 40)}}",
                    "Other": "x"
                  }
                }
                """));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", """
                {
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing-west.servicebus.windows.net"
                  },
                  "ConnectionStrings": {
                    "Other": "x"
                  }
                }
                """));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(40));
            return test.RunAsync();
        }

        [Fact]
        public Task FixAll_TwoDocumentsTwoKeys_OneEditPerFile()
        {
            var test = new Verify.Test
            {
                TestState =
                {
                    Sources =
                    {
                        ("/0/Bus.cs", """
                            using Azure.Messaging.ServiceBus;
                            using Microsoft.Extensions.Configuration;

                            class Bus
                            {
                                public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config.GetConnectionString("Invoices")|]);
                                public ServiceBusClient Again(IConfiguration config) => new ServiceBusClient([|config.GetConnectionString("Invoices")|]);
                            }
                            """),
                        ("/0/Blobs.cs", """
                            using Azure.Storage.Blobs;
                            using Microsoft.Extensions.Configuration;

                            class Blobs
                            {
                                public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient([|config["Storage"]|]);
                            }
                            """),
                    },
                },
            };
            test.FixedState.Sources.Add(("/0/Bus.cs", """
                using System;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                class Bus
                {
                    public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());
                    public ServiceBusClient Again(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());
                }
                """));
            test.FixedState.Sources.Add(("/0/Blobs.cs", """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Blobs
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), new DefaultAzureCredential());
                }
                """));
            test.BatchFixedState.Sources.Add(("/0/Bus.cs", """
                using System;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                class Bus
                {
                    private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                    public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), AzureCredential);
                    public ServiceBusClient Again(IConfiguration config) => new ServiceBusClient(config["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), AzureCredential);
                }
                """));
            test.BatchFixedState.Sources.Add(test.FixedState.Sources[1]);
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""
                {
                  "ConnectionStrings": {
                    "Invoices": "{{FakeSecrets.MessagingConnectionString("invoicing", seed: 41)}}"
                  },
                  "Storage": "{{FakeSecrets.StorageConnectionString("invoicedocs", seed: 42)}}"
                }
                """));
            test.TestState.AdditionalFiles.Add(("/0/appsettings.Staging.json", $$"""
                {
                  "Storage": "{{FakeSecrets.StorageConnectionString("invoicedocsstg", seed: 43)}}"
                }
                """));
            var expected = """
                {
                  "ConnectionStrings": {
                  },
                  "Storage:BlobServiceUri": "https://invoicedocs.blob.core.windows.net",
                  "Invoices": {
                    "FullyQualifiedNamespace": "invoicing.servicebus.windows.net"
                  }
                }
                """;
            var staging = """
                {
                  "Storage:BlobServiceUri": "https://invoicedocsstg.blob.core.windows.net"
                }
                """;
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", expected));
            test.FixedState.AdditionalFiles.Add(("/0/appsettings.Staging.json", staging));
            test.BatchFixedState.AdditionalFiles.Add(("/0/appsettings.json", expected));
            test.BatchFixedState.AdditionalFiles.Add(("/0/appsettings.Staging.json", staging));
            test.SecretsMovedOut.Add(FakeSecrets.SharedAccessKey(41));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(42));
            test.SecretsMovedOut.Add(FakeSecrets.StorageAccountKey(43));
            return test.RunAsync();
        }
    
        /// <summary>
        /// A host that cannot apply changes to additional documents (Workspace.TryApplyChanges would throw
        /// NotSupportedException) gets the code change alone; a host that can gets both. The same fix, two workspaces.
        /// </summary>
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task HostWithoutAdditionalDocumentChanges_GetsTheCodeChangeOnly(bool hostCanChangeAdditionalDocuments)
        {
            using var workspace = new ConfigurableWorkspace(hostCanChangeAdditionalDocuments);
            var settings = $$"""{ "ConnectionStrings": { "Invoices": "{{FakeSecrets.MessagingConnectionString("invoicing", seed: 44)}}" } }""";
            var projectId = ProjectId.CreateNewId();
            var code = DocumentInfo.Create(DocumentId.CreateNewId(projectId), "Bus.cs", loader: TextLoader.From(TextAndVersion.Create(SourceText.From(BusSource.Replace("[|", string.Empty).Replace("|]", string.Empty)), VersionStamp.Default)), filePath: "/app/Bus.cs");
            var appSettings = DocumentInfo.Create(DocumentId.CreateNewId(projectId), "appsettings.json", loader: TextLoader.From(TextAndVersion.Create(SourceText.From(settings), VersionStamp.Default)), filePath: "/app/appsettings.json");
            workspace.Load(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Default, projects: new[]
            {
                ProjectInfo.Create(
                    projectId, VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                    documents: new[] { code },
                    metadataReferences: TestReferences.All,
                    additionalDocuments: new[] { appSettings }),
            }));
            var document = workspace.CurrentSolution.GetDocument(code.Id)!;

            var diagnostic = Assert.Single(await CodeFixHarness.AnalyzerDiagnosticsAsync(document.Project, new KeyBasedAuthenticationAnalyzer()));
            var actions = new List<CodeAction>();
            await new KeyBasedAuthenticationCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            var changed = await CodeFixHarness.ChangedSolutionAsync(actions[0]);

            Assert.True(workspace.TryApplyChanges(changed));
            var fixedCode = (await workspace.CurrentSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
            var json = (await workspace.CurrentSolution.GetAdditionalDocument(appSettings.Id)!.GetTextAsync()).ToString();
            Assert.Contains("Invoices:FullyQualifiedNamespace", fixedCode);
            Assert.Equal(!hostCanChangeAdditionalDocuments, json == settings);
            Assert.Equal(hostCanChangeAdditionalDocuments, json.Contains("\"FullyQualifiedNamespace\": \"invoicing.servicebus.windows.net\"", System.StringComparison.Ordinal));
        }

        /// <summary>A workspace that applies document changes, and additional-document changes only when told it can.</summary>
        private sealed class ConfigurableWorkspace : Workspace
        {
            private readonly bool _canChangeAdditionalDocuments;

            public ConfigurableWorkspace(bool canChangeAdditionalDocuments)
                : base(Microsoft.CodeAnalysis.Host.Mef.MefHostServices.DefaultHost, "Test") =>
                _canChangeAdditionalDocuments = canChangeAdditionalDocuments;

            public void Load(SolutionInfo solution) => OnSolutionAdded(solution);

            public override bool CanApplyChange(ApplyChangesKind feature) =>
                feature == ApplyChangesKind.ChangeDocument || (feature == ApplyChangesKind.ChangeAdditionalDocument && _canChangeAdditionalDocuments);

            protected override void ApplyDocumentTextChanged(DocumentId id, SourceText text) => OnDocumentTextChanged(id, text, PreservationMode.PreserveValue);

            protected override void ApplyAdditionalDocumentTextChanged(DocumentId id, SourceText text) => OnAdditionalDocumentTextChanged(id, text, PreservationMode.PreserveValue);
        }
    }
}
