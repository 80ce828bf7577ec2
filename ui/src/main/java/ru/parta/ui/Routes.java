package ru.parta.ui;

/** Route paths, in one place so features can forward to each other without depending on each other. */
public final class Routes {

    public static final String HOME = "";
    public static final String LOGIN = "login";
    public static final String SETUP = "setup";
    public static final String FORBIDDEN = "forbidden";
    public static final String ACTIVATE = "activate";
    public static final String SCHOOL_PROFILE = "school";
    public static final String CLASSES = "classes";
    public static final String CLASS = "class";
    public static final String GROUPS = "groups";
    public static final String PEOPLE = "people";
    public static final String PERSON = "person";
    public static final String IMPORT = "import";
    public static final String ACCOUNT = "account";
    public static final String CONSENT = "consent";
    public static final String WAITING = "waiting";
    public static final String INVITATIONS = "invitations";
    public static final String JOIN = "join";
    public static final String REQUESTS = "requests";
    public static final String SECURITY = "security";
    public static final String PRIVACY = "privacy";
    public static final String MATERIALS = "materials";
    public static final String CHATS = "chats";
    public static final String CHAT = "chat";
    public static final String CHAT_SETTINGS = "chat-settings";
    public static final String CHAT_JOIN = "chat-join";
    public static final String CHANNELS = "channels";
    public static final String CHANNEL_SETTINGS = "channel-settings";
    public static final String ACK_SHEET = "acknowledgements";
    public static final String RULES_ACCEPT = "rules-accept";
    public static final String RULES = "rules";
    public static final String MODERATION_LOG = "moderation-log";
    public static final String MODERATION = "moderation";
    public static final String MODERATION_LIST = "moderation-list";
    public static final String MODERATION_STATS = "moderation-stats";
    public static final String DISPLAYS = "displays";
    public static final String BROADCAST = "broadcast";
    public static final String BROADCAST_PLAN = "broadcast-plan";
    public static final String BROADCAST_USAGE = "broadcast-usage";
    public static final String MY_DISPLAY = "my-display";
    public static final String BACKUPS = "backups";
    public static final String HTTPS = "https";

    private Routes() {
    }

    public static String person(long id) {
        return PERSON + "/" + id;
    }

    /** The address of a file for the browser (inline where safe, else a download). */
    public static String file(long id) {
        return "/files/" + id;
    }

    public static String chat(long id) {
        return CHAT + "/" + id;
    }

    public static String ackSheet(long messageId) {
        return ACK_SHEET + "/" + messageId;
    }

    public static String channelSettings(long channelId) {
        return CHANNEL_SETTINGS + "/" + channelId;
    }

    public static String chatJoin(String token) {
        return CHAT_JOIN + "/" + token;
    }

    public static String schoolClass(long id) {
        return CLASS + "/" + id;
    }
}
