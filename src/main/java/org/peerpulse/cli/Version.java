package org.peerpulse.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PeerPulseCli.class.getPackage().getImplementationVersion();
        return new String[] {"PeerPulse " + (version == null ? "(development build)" : version)};
    }
}
