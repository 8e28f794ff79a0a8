using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Wechat;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter)])]
[JsonSerializable(typeof(WechatMessage))]
[JsonSerializable(typeof(WechatReply))]
internal sealed partial class WechatJsonContext : JsonSerializerContext;
