// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace registrar::core {

/*!
 * Which homeserver software answers, as the probes of a server check tell it apart. Each one
 * serves shared-secret registration with its own differences (or not at all, with MAS).
 */
class Backend
{
    Q_DECLARE_TR_FUNCTIONS(Backend)

public:
    enum class Kind { Unknown, Synapse, SynapseMas, Tuwunel, TuwunelMas, Dendrite };

    //! The name in `check --json` and in profiles: synapse, synapse-mas, tuwunel, … unknown.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);
    //! For people: "Synapse with MAS", "Dendrite", …
    static QString title(Kind kind);

    //! Authentication is delegated to the Matrix Authentication Service.
    static bool delegatesToMas(Kind kind)
    {
        return kind == Kind::SynapseMas || kind == Kind::TuwunelMas;
    }
};

} // namespace registrar::core
