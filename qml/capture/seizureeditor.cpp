#include "seizureeditor.h"

#include "model/seizurejson.h"
#include "recordcheck.h"
#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcEditor, "saisie.capture")

namespace saisie::gui {

namespace {
constexpr int kDefaultSaveDelayMs = 400;
// Someone typing without a pause still gets a save at least this often.
constexpr qint64 kMaxPendingMs = 1500;

QJsonValue toJsonValue(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Undefined);
    if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue::fromVariant(value);
}

QVariant toVariant(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isNull())
        return QVariant::fromValue(nullptr);
    return value.toVariant();
}

/// "Now" as the officer's wall clock with its UTC offset: the offset is part of the evidence.
QString localNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

bool pathIsUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == u'.' || path.at(prefix.size()) == u'[';
}
} // namespace

SeizureEditor::SeizureEditor(QObject *parent) : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kDefaultSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(); });
}

SeizureEditor::~SeizureEditor()
{
    // A page torn down mid-debounce still saves what was typed.
    if (m_saveTimer.isActive())
        save();
}

void SeizureEditor::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &SessionController::aboutToLock, this, [this] {
            flush();
            close();
        });
        connect(m_session, &QObject::destroyed, this, [this] { m_session = nullptr; });
    }
    Q_EMIT sessionChanged();
}

store::Session *SeizureEditor::storeSession() const
{
    return m_session ? m_session->storeSession() : nullptr;
}

QString SeizureEditor::uuid() const
{
    return m_doc.value(QStringLiteral("uuid")).toString();
}

QString SeizureEditor::status() const
{
    return m_doc.isEmpty() ? QString()
                           : m_doc.value(QStringLiteral("status")).toString(QStringLiteral("draft"));
}

bool SeizureEditor::isEditable() const
{
    return !m_doc.isEmpty() && status() == QLatin1String("draft");
}

double SeizureEditor::completeness() const
{
    return m_completeness;
}

QVariantList SeizureEditor::issues() const
{
    return m_issues;
}

bool SeizureEditor::canFinalize() const
{
    return m_canFinalize;
}

int SeizureEditor::attachmentCount() const
{
    return int(m_doc.value(QStringLiteral("attachments")).toArray().size());
}

void SeizureEditor::setSaveDelay(int ms)
{
    if (ms == m_saveTimer.interval())
        return;
    m_saveTimer.setInterval(qMax(0, ms));
    Q_EMIT saveDelayChanged();
}

void SeizureEditor::startNew()
{
    flush();
    close();
    m_doc = {{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("status"), QStringLiteral("draft")},
             {QStringLiteral("version"), 1},
             {QStringLiteral("occurredAt"), localNow()}};
    // Read by name: the officer's details are optional and live in the session's profile.
    if (m_session) {
        const QString officer = m_session->property("serviceNumber").toString();
        const QString unit = m_session->property("unitName").toString();
        if (!officer.isEmpty())
            m_doc.insert(QStringLiteral("officerId"), officer);
        if (!unit.isEmpty())
            m_doc.insert(QStringLiteral("unitId"), unit);
    }
    Q_EMIT recordChanged();
    changed(false);
}

bool SeizureEditor::open(const QString &uuid)
{
    flush();
    store::Session *session = storeSession();
    if (!session) {
        setError(tr("The profile is locked. Unlock it to open the seizure."));
        return false;
    }
    const QUuid id = QUuid::fromString(uuid);
    auto record = session->seizures().get(id);
    if (!record) {
        setError(tr("This seizure could not be opened: %1").arg(record.error().message));
        return false;
    }
    close();
    m_doc = model::toJson(*record);
    m_stored = true;
    if (Status s = session->seizures().recordView(id, record->version); !s)
        qCWarning(lcEditor) << "view not recorded in the audit log:" << s.error().code;
    Q_EMIT storedChanged();
    Q_EMIT recordChanged();
    changed(false);
    return true;
}

QVariant SeizureEditor::value(const QString &path) const
{
    return toVariant(recordedits::valueAt(m_doc, path));
}

bool SeizureEditor::setValue(const QString &path, const QVariant &value)
{
    return assign(path, value, true);
}

bool SeizureEditor::prefill(const QString &path, const QVariant &value)
{
    return assign(path, value, false);
}

bool SeizureEditor::assign(const QString &path, const QVariant &value, bool byOfficer)
{
    if (!isEditable())
        return false;
    // A refused value never reaches the draft; the field keeps showing what was typed until it
    // is valid, and errorString says why.
    return apply(recordedits::setAt(m_doc, path, toJsonValue(value)), byOfficer);
}

bool SeizureEditor::apply(const recordedits::Outcome &outcome, bool byOfficer)
{
    setError(outcome.refusal);
    if (!outcome.refusal.isEmpty())
        return false;
    if (outcome.changed) {
        m_doc = outcome.document;
        changed(byOfficer);
    }
    return true;
}

bool SeizureEditor::setUnknown(const QString &path)
{
    return setValue(path, QVariant::fromValue(nullptr));
}

bool SeizureEditor::isUnknown(const QString &path) const
{
    return recordedits::valueAt(m_doc, path).isNull();
}

int SeizureEditor::count(const QString &listPath) const
{
    return int(recordedits::valueAt(m_doc, listPath).toArray().size());
}

int SeizureEditor::append(const QString &listPath)
{
    int index = -1;
    if (!isEditable() || !apply(recordedits::appendTo(m_doc, listPath, &index), true))
        return -1;
    return index;
}

bool SeizureEditor::removeAt(const QString &listPath, int index)
{
    if (!isEditable())
        return false;
    // Overrides name paths by index: after a removal they would point at another entry.
    const auto outcome = recordedits::removeFrom(m_doc, listPath, index);
    if (outcome.changed) {
        const QString prefix = listPath + u'[';
        for (auto it = m_overrides.begin(); it != m_overrides.end();)
            it = it.key().startsWith(prefix) ? m_overrides.erase(it) : std::next(it);
    }
    return apply(outcome, true);
}

QVariantList SeizureEditor::issuesAt(const QString &path) const
{
    QVariantList result;
    for (const QVariant &issue : m_issues)
        if (pathIsUnder(issue.toMap().value(QStringLiteral("path")).toString(), path))
            result.append(issue);
    return result;
}

void SeizureEditor::setOverride(const QString &path, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        m_overrides.remove(path);
    else
        m_overrides.insert(path, trimmed);
    ++m_revision;
    recompute();
    Q_EMIT revisionChanged();
}

QString SeizureEditor::overrideAt(const QString &path) const
{
    return m_overrides.value(path);
}

bool SeizureEditor::flush()
{
    return !m_saveTimer.isActive() || save();
}

QString SeizureEditor::ensureStored()
{
    if (m_doc.isEmpty() || !isEditable())
        return m_stored ? uuid() : QString();
    m_touched = true;
    return save() ? uuid() : QString();
}

void SeizureEditor::reloadAttachments()
{
    store::Session *session = storeSession();
    if (!session || !m_stored)
        return;
    auto record = session->seizures().get(QUuid::fromString(uuid()));
    if (!record)
        return;
    const QJsonObject stored = model::toJson(*record);
    m_doc.insert(QStringLiteral("attachments"), stored.value(QStringLiteral("attachments")));
    if (m_doc.value(QStringLiteral("attachments")).isUndefined())
        m_doc.remove(QStringLiteral("attachments"));
    changed(false);
}

bool SeizureEditor::finalize()
{
    store::Session *session = storeSession();
    if (!session || !isEditable()) {
        setError(tr("Only a draft of an unlocked profile can be finalized."));
        return false;
    }
    if (ensureStored().isEmpty())
        return false;
    auto signedVersion = session->seizures().finalize(QUuid::fromString(uuid()), m_overrides);
    if (!signedVersion) {
        setError(tr("The seizure was not finalized: %1").arg(signedVersion.error().message));
        return false;
    }
    auto record = session->seizures().get(QUuid::fromString(uuid()));
    if (record)
        m_doc = model::toJson(*record);
    setError({});
    Q_EMIT recordChanged();
    changed(false);
    Q_EMIT finalized(uuid());
    return true;
}

bool SeizureEditor::discard()
{
    const QString id = uuid();
    m_saveTimer.stop();
    if (m_stored) {
        store::Session *session = storeSession();
        if (!session)
            return false;
        if (Status s = session->seizures().discardDraft(QUuid::fromString(id)); !s) {
            setError(tr("The draft was not discarded: %1").arg(s.error().message));
            return false;
        }
    }
    close();
    Q_EMIT discarded(id);
    return true;
}

void SeizureEditor::close()
{
    const bool wasDirty = m_saveTimer.isActive();
    m_saveTimer.stop();
    m_doc = {};
    m_overrides.clear();
    m_touched = false;
    const bool wasStored = std::exchange(m_stored, false);
    recompute();
    ++m_revision;
    Q_EMIT recordChanged();
    Q_EMIT revisionChanged();
    if (wasStored)
        Q_EMIT storedChanged();
    if (wasDirty)
        Q_EMIT dirtyChanged();
}

void SeizureEditor::changed(bool byOfficer)
{
    ++m_revision;
    recompute();
    if (byOfficer)
        m_touched = true;
    if (m_touched) {
        const bool wasDirty = m_saveTimer.isActive();
        if (!wasDirty)
            m_pendingSince.start();
        if (wasDirty && m_pendingSince.elapsed() >= kMaxPendingMs) {
            save();
        } else {
            m_saveTimer.start();
            if (!wasDirty)
                Q_EMIT dirtyChanged();
        }
    }
    Q_EMIT revisionChanged();
}

bool SeizureEditor::save()
{
    const bool wasDirty = m_saveTimer.isActive();
    m_saveTimer.stop();
    if (wasDirty)
        Q_EMIT dirtyChanged();
    if (m_doc.isEmpty() || !m_touched || !isEditable())
        return true;
    // Unsaved changes stay pending (dirty, retried after the debounce, saved by flush()) until a
    // save succeeds; the officer sees the sentence meanwhile.
    const auto keepPending = [this](const QString &why) {
        setError(why);
        m_saveTimer.start();
        Q_EMIT dirtyChanged();
        return false;
    };
    store::Session *session = storeSession();
    if (!session)
        return keepPending(tr("The profile is locked: the last changes could not be saved."));
    QStringList errors;
    auto seizure = model::seizureFromJson(m_doc, model::JsonMode::Stored, &errors);
    if (!seizure)
        return keepPending(errors.value(0));
    auto written = session->seizures().saveDraft(*seizure);
    if (!written) {
        qCWarning(lcEditor) << "draft not saved:" << written.error().code;
        return keepPending(tr("The draft could not be saved: %1").arg(written.error().message));
    }
    m_doc = model::toJson(*written);
    setError({});
    if (!std::exchange(m_stored, true))
        Q_EMIT storedChanged();
    Q_EMIT saved();
    return true;
}

void SeizureEditor::setError(const QString &message)
{
    if (m_errorString == message)
        return;
    m_errorString = message;
    Q_EMIT errorChanged();
}

void SeizureEditor::recompute()
{
    RecordCheck check = checkRecord(m_doc, m_overrides);
    m_issues = std::move(check.issues);
    m_canFinalize = check.canFinalize;
    m_completeness = check.completeness;
}

} // namespace saisie::gui
