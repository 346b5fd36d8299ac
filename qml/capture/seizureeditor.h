#pragma once
// The record being captured, as the quick and full forms see it. The draft is held as its stored
// JSON document (docs/data-model.md) and addressed by the model's own JSON paths
// ("occurredAt", "items[0].quantity", "conveyances[1].containerNumber"), so the forms, the
// finalize issues and the completeness detail all speak one language.
//
// Durability: every change restarts a short debounce (saveDelay); when it fires, or at the latest
// 1.5 s after the first unsaved change for someone typing without a pause, the draft is parsed and
// saved through SeizureRepository::saveDraft (one SQLCipher transaction, synchronous=FULL). flush()
// saves at once; the pages call it when they close, and the editor calls it before locking.
// A record is only stored once the officer changed something: values the app fills in itself
// (time, officer, position) do not make a draft of an abandoned form.
#include "recordedits.h"
#include "unlock/sessioncontroller.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace saisie::store {
class Session;
}

namespace saisie::gui {

class SeizureEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The unlocked session the record is saved into; required before open() or startNew().
    Q_PROPERTY(saisie::gui::SessionController *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Record id (lower-case uuid); empty before startNew()/open().
    Q_PROPERTY(QString uuid READ uuid NOTIFY recordChanged)
    /// Bumped on every change of the document; bind to it to re-read value().
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    /// "draft", "finalized", ...; a record that is not a draft is read-only.
    Q_PROPERTY(QString status READ status NOTIFY recordChanged)
    Q_PROPERTY(bool editable READ isEditable NOTIFY recordChanged)
    /// The record exists in the store (the officer changed something, or it was opened).
    Q_PROPERTY(bool stored READ isStored NOTIFY storedChanged)
    /// Changes not yet saved (the debounce is running).
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    /// The last save or finalize failure as a sentence; empty when the last one worked.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    /// 0..1, model::completeness of the current document.
    Q_PROPERTY(double completeness READ completeness NOTIFY revisionChanged)
    /// Finalize issues of the current document: a list of {path, code, message, overridable,
    /// overridden, blocking}; overrides given with setOverride() are applied.
    Q_PROPERTY(QVariantList issues READ issues NOTIFY revisionChanged)
    /// No blocking issue is left (after overrides).
    Q_PROPERTY(bool canFinalize READ canFinalize NOTIFY revisionChanged)
    /// Number of photos and files attached to the record.
    Q_PROPERTY(int attachmentCount READ attachmentCount NOTIFY revisionChanged)
    /// Debounce before a change is saved, in milliseconds.
    Q_PROPERTY(int saveDelay READ saveDelay WRITE setSaveDelay NOTIFY saveDelayChanged)

public:
    explicit SeizureEditor(QObject *parent = nullptr);
    ~SeizureEditor() override;

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString uuid() const;
    int revision() const { return m_revision; }
    QString status() const;
    bool isEditable() const;
    bool isStored() const { return m_stored; }
    bool isDirty() const { return m_saveTimer.isActive(); }
    QString errorString() const { return m_errorString; }
    double completeness() const;
    QVariantList issues() const;
    bool canFinalize() const;
    int attachmentCount() const;
    int saveDelay() const { return m_saveTimer.interval(); }
    void setSaveDelay(int ms);

    /// Starts a new record with the time, the officer and the unit filled in (not yet stored).
    Q_INVOKABLE void startNew();
    /// Loads the latest version of a stored record; false (errorString set) when it cannot.
    Q_INVOKABLE bool open(const QString &uuid);
    /// The value at a JSON path: undefined when not filled, null when explicitly unknown.
    Q_INVOKABLE QVariant value(const QString &path) const;
    /// Sets a value; an empty string or undefined clears the field (not filled). Lists grow as
    /// needed ("items[2].unit" on a record with one item adds two). Returns false for a path that
    /// does not name a field of the record, or when the record is not editable.
    Q_INVOKABLE bool setValue(const QString &path, const QVariant &value);
    /// Like setValue for what the app fills in by itself (the position): it is saved with the
    /// record but does not by itself make a draft of an untouched form.
    Q_INVOKABLE bool prefill(const QString &path, const QVariant &value);
    /// Marks a non-coded field as explicitly unknown (JSON null). Coded fields take their list's
    /// unknown code through setValue.
    Q_INVOKABLE bool setUnknown(const QString &path);
    Q_INVOKABLE bool isUnknown(const QString &path) const;
    /// Number of entries of a list ("items", "conveyances", "persons", "companies",
    /// "route.transitCountries", "conveyances[0].sealNumbers").
    Q_INVOKABLE int count(const QString &listPath) const;
    /// Appends an empty entry to a list and returns its index.
    Q_INVOKABLE int append(const QString &listPath);
    Q_INVOKABLE bool removeAt(const QString &listPath, int index);
    /// Issues whose path is `path` or lies under it ("items[0]" gives the item's issues).
    Q_INVOKABLE QVariantList issuesAt(const QString &path) const;
    /// An officer's reason to finalize despite an overridable issue at `path`; empty removes it.
    Q_INVOKABLE void setOverride(const QString &path, const QString &reason);
    Q_INVOKABLE QString overrideAt(const QString &path) const;
    /// Saves now if anything changed; false (errorString set) when saving failed.
    Q_INVOKABLE bool flush();
    /// Saves now even if nothing was changed by the officer (photos need a stored record), and
    /// returns the uuid; empty on failure.
    Q_INVOKABLE QString ensureStored();
    /// Re-reads the attachments after a photo was added or changed elsewhere.
    Q_INVOKABLE void reloadAttachments();
    /// Signs the draft with the overrides given; true when it is now finalized.
    Q_INVOKABLE bool finalize();
    /// Deletes the draft (the page asked for confirmation) and clears the editor.
    Q_INVOKABLE bool discard();
    /// Forgets the record without saving (after flush(), or when the session is locked).
    Q_INVOKABLE void close();

    /// The document as it stands (tests).
    QJsonObject document() const { return m_doc; }

Q_SIGNALS:
    void sessionChanged();
    void recordChanged();
    void revisionChanged();
    void storedChanged();
    void dirtyChanged();
    void errorChanged();
    void saveDelayChanged();
    /// A save reached the store (tests, the list's refresh).
    void saved();
    void finalized(const QString &uuid);
    void discarded(const QString &uuid);

private:
    store::Session *storeSession() const;
    bool assign(const QString &path, const QVariant &value, bool byOfficer);
    /// Takes an edit's outcome: the document and its checks on success, errorString otherwise.
    bool apply(const recordedits::Outcome &outcome, bool byOfficer);
    void changed(bool byOfficer);
    bool save();
    void setError(const QString &message);
    void recompute();

    SessionController *m_session = nullptr;
    QJsonObject m_doc;
    QHash<QString, QString> m_overrides;
    QVariantList m_issues;
    bool m_canFinalize = false;
    double m_completeness = 0;
    QTimer m_saveTimer;
    QElapsedTimer m_pendingSince; // first unsaved change of the running debounce
    int m_revision = 0;
    bool m_stored = false;
    bool m_touched = false;
    QString m_errorString;
};

} // namespace saisie::gui
