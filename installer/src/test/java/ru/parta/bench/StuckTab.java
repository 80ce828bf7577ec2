package ru.parta.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A tab that never reads: a bare socket with a tiny receive buffer that opens {@code /live}, asks to
 * follow a chat, and then reads nothing more. The server must drop it once its queue is full, and
 * nobody else may notice. Written by hand because the JDK's WebSocket client always reads.
 */
final class StuckTab implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket = new Socket();

    StuckTab(int port, String ticket, String topic) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /live?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the server closed the upgrade");
            }
            head.append((char) next);
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("no upgrade: " + head);
        }
        sendText(out, "{\"op\":\"follow\",\"topic\":\"" + topic + "\",\"seq\":-1,\"cursor\":0,\"reading\":false}");
    }

    /** A client's frame: text, final, masked as the protocol requires. */
    private static void sendText(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        out.write(0x81);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xFF);
        }
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        out.write(payload);
        out.flush();
    }

    /**
     * Whether the server has dropped the connection: reads what is waiting (a few seconds at most)
     * until the end of the stream or a reset.
     */
    boolean droppedByServer() {
        try {
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1 << 16];
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
