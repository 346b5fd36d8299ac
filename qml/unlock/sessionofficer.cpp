// SessionController's officer details: checking, saving (Settings) and holding them while
// unlocked. Split from sessioncontroller.cpp to keep the unlock state machine on its own.
#include "sessioncontroller.h"

#include "sessiontext.h"
#include "store/session.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace saisie::gui {

QStringList SessionController::officerProblems(const QString &name, const QString &serviceNumber,
                                               const QString &unit) const
{
    const auto details = store::OfficerProfile::normalized({name, serviceNumber, unit});
    return text::officerProblems(store::OfficerProfile::check(details));
}

bool SessionController::updateOfficer(const QString &name, const QString &serviceNumber, const QString &unit)
{
    if (!m_session) {
        setError(ErrorKind::NoProfile, tr("Unlock your profile first."));
        return false;
    }
    const store::OfficerDetails officer = store::OfficerProfile::normalized({name, serviceNumber, unit});
    if (const auto check = store::OfficerProfile::check(officer); !check.ok()) {
        for (const QString &problem : text::officerProblems(check))
            if (!problem.isEmpty()) {
                setError(ErrorKind::OfficerInvalid, problem);
                break;
            }
        return false;
    }
    store::OfficerProfile profile(m_session->database(), &m_session->audit());
    if (Status s = profile.set(officer); !s) {
        qCWarning(lcSession) << "saving officer details failed:" << s.error().code;
        setError(ErrorKind::Storage, tr("Your details could not be saved: %1").arg(s.error().message));
        return false;
    }
    clearError();
    setOfficer(officer);
    return true;
}

void SessionController::setOfficer(const store::OfficerDetails &officer)
{
    if (officer == m_officer)
        return;
    m_officer = officer;
    Q_EMIT officerChanged();
}

} // namespace saisie::gui
