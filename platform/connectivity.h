#pragma once
// A reachability hint for the sync scheduler and the UI. It is only ever a hint (SECURITY.md Y3,
// "Facts": QNetworkInformation often has no backend): sync keeps its own timer and never waits for
// "online" before trying.
#include <QObject>

namespace saisie::platform {

class Connectivity : public QObject
{
    Q_OBJECT
    /// What the platform believes about the network; Unknown when it cannot tell.
    Q_PROPERTY(Reachability reachability READ reachability NOTIFY reachabilityChanged)
    /// Name of the backend answering, or empty when none could be loaded.
    Q_PROPERTY(QString backendName READ backendName CONSTANT)

public:
    enum class Reachability { Unknown, Offline, Local, Online };
    Q_ENUM(Reachability)

    using QObject::QObject;
    virtual Reachability reachability() const = 0;
    virtual QString backendName() const = 0;

Q_SIGNALS:
    void reachabilityChanged();
};

} // namespace saisie::platform
