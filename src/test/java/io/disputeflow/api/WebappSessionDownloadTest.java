package io.disputeflow.api;

import static io.disputeflow.api.DisputeApiTest.assertProblem;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.SOUTH_AGENT;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Evidence links in Tasklist forms: a user signed in to the Camunda webapps downloads evidence with the webapp
 * session alone (no HTTP Basic), within the stores their account serves.
 */
class WebappSessionDownloadTest extends ApiTestSupport {

    static final byte[] PHOTO = "photo of the dent".getBytes(StandardCharsets.UTF_8);

    String disputeId;
    String download;

    @BeforeEach
    void openADisputeWithEvidence() {
        disputeId = api.post(STOREFRONT, "/api/disputes", openRequest(DisputeApiTest.newOrder(), NORTH_1, "DEFECTIVE",
                "10.00", NOW)).getBody().get("id").asText();
        ResponseEntity<JsonNode> filed = api.upload(STOREFRONT, disputeId, "BUYER", "PHOTO", "dent.jpg",
                MediaType.IMAGE_JPEG, PHOTO);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        download = filed.getBody().get("href").asText();
    }

    @Test
    void agentOfTheStore_downloadsWithTheTasklistSessionAlone() {
        String session = tasklistLogin(NORTH_AGENT);

        ResponseEntity<byte[]> file = getWithSession(download, session, byte[].class);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the session keeps its id").isNull();
        assertThat(file.getBody()).isEqualTo(PHOTO);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("dent.jpg");
        ResponseEntity<String> list = getWithSession("/api/disputes/" + disputeId + "/evidence", session, String.class);
        assertThat(list.getBody()).as(list.toString()).contains("\"href\":\"" + download + "\"");
    }

    @Test
    void agentOfAnotherCompany_403() {
        String session = tasklistLogin(SOUTH_AGENT);

        assertProblem(getWithSession(download, session, JsonNode.class), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void withoutSession_401_andAnUnknownSession_401() {
        assertThat(http.getForEntity(download, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(getWithSession(download, "NO-SUCH-SESSION", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theSessionReadsOnly_writesStillNeedHttpBasic() {
        String session = tasklistLogin(NORTH_AGENT);
        HttpHeaders headers = cookies(Map.of("JSESSIONID", session));
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> cancel = http.exchange("/api/disputes/" + disputeId + "/cancellation", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);

        assertThat(cancel.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get(NORTH_AGENT, "/api/disputes/" + disputeId).getBody().get("status").asText())
                .isEqualTo("AWAITING_SELLER");
    }

    @Test
    void aSessionWriteCountsOnlyWithTheSessionsCsrfToken() {
        Map<String, String> jar = tasklistLoginCookies(NORTH_AGENT);
        String path = "/api/disputes/" + disputeId + "/cancellation";

        HttpHeaders forged = cookies(Map.of("JSESSIONID", jar.get("JSESSIONID")));
        forged.setContentType(MediaType.APPLICATION_JSON);
        forged.set("X-XSRF-TOKEN", "guessed");
        assertThat(http.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", forged), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        HttpHeaders withToken = cookies(Map.of("JSESSIONID", jar.get("JSESSIONID")));
        withToken.setContentType(MediaType.APPLICATION_JSON);
        withToken.set("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
        ResponseEntity<JsonNode> recognised = http.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", withToken),
                JsonNode.class);
        assertProblem(recognised, HttpStatus.FORBIDDEN, "forbidden"); // signed in as the agent, who may not cancel
        assertThat(api.get(NORTH_AGENT, "/api/disputes/" + disputeId).getBody().get("status").asText())
                .isEqualTo("AWAITING_SELLER");
    }

    /** Signs in the way Tasklist's login page does and returns the session id. */
    String tasklistLogin(String user) {
        return tasklistLoginCookies(user).get("JSESSIONID");
    }

    /** Signs in the way Tasklist's login page does: the cookies afterwards (JSESSIONID, XSRF-TOKEN). */
    Map<String, String> tasklistLoginCookies(String user) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, String> jar = new LinkedHashMap<>(setCookies(page));
        assertThat(jar).containsKey("XSRF-TOKEN");

        HttpHeaders headers = cookies(jar);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", ApiFixture.password(user));
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
        jar.putAll(setCookies(login));
        assertThat(jar).containsKey("JSESSIONID");
        // the session's anti-CSRF token comes with its first request to the webapps' API, as in the browser
        ResponseEntity<String> after = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(cookies(Map.of("JSESSIONID", jar.get("JSESSIONID")))), String.class);
        jar.putAll(setCookies(after));
        return jar;
    }

    <T> ResponseEntity<T> getWithSession(String path, String session, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(cookies(Map.of("JSESSIONID", session))), type);
    }

    static Map<String, String> setCookies(ResponseEntity<?> response) {
        List<String> values = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        return values.stream().flatMap(value -> HttpCookie.parse(value).stream())
                .collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (a, b) -> b, LinkedHashMap::new));
    }

    static HttpHeaders cookies(Map<String, String> jar) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
        return headers;
    }
}
