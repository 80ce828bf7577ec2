package ru.parta.ui.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import ru.parta.access.AccountSummary;
import ru.parta.access.SessionService;
import ru.parta.invitation.JoinRequestService;
import ru.parta.invitation.JoinRequestStatus;
import ru.parta.invitation.JoinRequestView;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.ApplicantPage;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LanguageSwitch;

/** Where an applicant lands: how their join request stands, and the reason if it was rejected. */
@Prototype
@Route(Routes.WAITING)
@AnyRole
@ApplicantPage
public class WaitingView extends VerticalLayout implements HasDynamicTitle {

    public WaitingView(JoinRequestService requests, SessionService sessions) {
        addClassName("centered-page");
        Div card = new Div();
        card.addClassNames("form-card", "wide");
        AccountSummary me = CurrentAccount.get().orElseThrow();
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("brand");
        card.add(new LanguageSwitch(), title, new H2(getTranslation("waiting.hello", me.fullName())));
        for (JoinRequestView view : requests.findRequestsOf(me.id())) {
            String target = Targets.label(this, view.classLabel(), view.groupName(), view.staffRoom());
            Paragraph line = new Paragraph(getTranslation("waiting.request",
                    getTranslation(view.request().role().messageKey()), target,
                    getTranslation(view.request().status().messageKey())));
            line.addClassName("waiting-request");
            card.add(line);
            if (view.request().status() == JoinRequestStatus.REJECTED && view.request().reason() != null) {
                Paragraph reason = new Paragraph(getTranslation("waiting.reason", view.request().reason()));
                reason.addClassName("warning");
                card.add(reason);
            }
        }
        Paragraph hint = new Paragraph(getTranslation("waiting.hint"));
        hint.addClassName("hint");
        Button signOut = new Button(getTranslation("shell.signOut"), click -> CurrentAccount.signOut(sessions));
        signOut.setId("sign-out");
        card.add(hint, signOut);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waiting.title");
    }
}
