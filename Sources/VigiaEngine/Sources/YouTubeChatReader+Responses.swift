/// The parts of the Data API v3's answers the chat reader uses (`youtube#videoListResponse`,
/// `youtube#liveChatMessageListResponse`, and the error body); everything else in them is ignored.
extension YouTubeChatReader {
    struct VideoList: Decodable {
        struct Video: Decodable {
            struct LiveStreamingDetails: Decodable {
                var activeLiveChatId: String?
                var actualEndTime: String?
            }
            var liveStreamingDetails: LiveStreamingDetails?
        }
        var items: [Video]?
    }

    struct MessageList: Decodable {
        struct Message: Decodable {
            struct Snippet: Decodable {
                struct TextMessageDetails: Decodable {
                    var messageText: String?
                }
                struct SuperChatDetails: Decodable {
                    var amountDisplayString: String?
                    var userComment: String?
                }
                var type: String
                var publishedAt: String?
                var displayMessage: String?
                var textMessageDetails: TextMessageDetails?
                var superChatDetails: SuperChatDetails?
            }
            struct AuthorDetails: Decodable {
                var displayName: String?
            }
            var id: String
            var snippet: Snippet
            var authorDetails: AuthorDetails?
        }
        var nextPageToken: String?
        var pollingIntervalMillis: Int?
        var offlineAt: String?
        var items: [Message]?
    }

    struct ErrorBody: Decodable {
        struct Details: Decodable {
            struct Item: Decodable {
                var reason: String?
            }
            var code: Int?
            var errors: [Item]?
        }
        var error: Details
    }
}
