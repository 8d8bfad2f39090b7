// Stand-in for the public surface of the NuGet package Microsoft.Extensions.Configuration.AzureAppConfiguration 8.5.0 (the
// App Configuration configuration provider), which the package registry here does not serve.
// Source: src/Microsoft.Extensions.Configuration.AzureAppConfiguration/AzureAppConfigurationExtensions.cs and
// AzureAppConfigurationOptions.cs of Azure/AppConfiguration-DotnetProvider at tag 8.5.0
// (commit 7b2884ca29cc4a93ca0e2664414ea8755f8cd089); the package has no API listing.
// Declared: the four AddAzureAppConfiguration overloads on IConfigurationBuilder and the four Connect overloads. Not
// declared: AddAzureAppConfiguration(this IServiceCollection) and the other option methods. Every body throws.

namespace Microsoft.Extensions.Configuration
{
    public static partial class AzureAppConfigurationExtensions
    {
        public static Microsoft.Extensions.Configuration.IConfigurationBuilder AddAzureAppConfiguration(this Microsoft.Extensions.Configuration.IConfigurationBuilder configurationBuilder, string connectionString, bool optional = false) { throw null; }
        public static Microsoft.Extensions.Configuration.IConfigurationBuilder AddAzureAppConfiguration(this Microsoft.Extensions.Configuration.IConfigurationBuilder configurationBuilder, System.Collections.Generic.IEnumerable<string> connectionStrings, bool optional = false) { throw null; }
        public static Microsoft.Extensions.Configuration.IConfigurationBuilder AddAzureAppConfiguration(this Microsoft.Extensions.Configuration.IConfigurationBuilder configurationBuilder, System.Uri endpoint, global::Azure.Core.TokenCredential credential, bool optional = false) { throw null; }
        public static Microsoft.Extensions.Configuration.IConfigurationBuilder AddAzureAppConfiguration(this Microsoft.Extensions.Configuration.IConfigurationBuilder configurationBuilder, System.Action<Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions> action, bool optional = false) { throw null; }
    }
}

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration
{
    public partial class AzureAppConfigurationOptions
    {
        public AzureAppConfigurationOptions() { }

        public Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions Connect(string connectionString) { throw null; }
        public Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions Connect(System.Collections.Generic.IEnumerable<string> connectionStrings) { throw null; }
        public Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions Connect(System.Uri endpoint, global::Azure.Core.TokenCredential credential) { throw null; }
        public Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions Connect(System.Collections.Generic.IEnumerable<System.Uri> endpoints, global::Azure.Core.TokenCredential credential) { throw null; }
    }
}
