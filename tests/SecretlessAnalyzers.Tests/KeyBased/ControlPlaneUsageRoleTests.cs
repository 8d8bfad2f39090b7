using System.Threading.Tasks;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>SL2001: calls that only the control plane (or the broadest role) allows keep the broad role.</summary>
    public class ControlPlaneUsageRoleTests
    {
        [Fact]
        public Task CosmosDatabaseAndContainerCreation_KeepsTheContributorRole() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.Threading.Tasks;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Setup
                {
                    public async Task Run(IConfiguration config)
                    {
                        using var cosmos = new CosmosClient({|#0:config.GetConnectionString("Cosmos")|});
                        await cosmos.CreateDatabaseIfNotExistsAsync("shop");
                        await cosmos.GetDatabase("shop").CreateContainerIfNotExistsAsync("orders", "/id");
                        await cosmos.GetContainer("shop", "orders").ReadItemAsync<object>("1", new PartitionKey("1"));
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("CosmosClient", "a connection string", "configuration key 'ConnectionStrings:Cosmos'",
                    "Cosmos DB Built-in Data Contributor",
                    ". Role from the calls: CreateContainerIfNotExistsAsync, CreateDatabaseIfNotExistsAsync, GetContainer, GetDatabase, ReadItemAsync"));
    }
}
