using System.Text.Json.Serialization;

namespace AlertRouter.Ui;

[JsonSerializable(typeof(StatusView))]
[JsonSerializable(typeof(RouteTreeView))]
internal sealed partial class UiJsonContext : JsonSerializerContext;
