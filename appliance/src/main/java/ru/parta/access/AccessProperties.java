package ru.parta.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Password rules, hashing cost and sign-in throttling; defaults here, overrides in config. */
@ConfigurationProperties("parta.access")
public class AccessProperties {

    private int passwordMinLength = 8;
    private int accountFailureLimit = 5;
    private Duration accountFailureWindow = Duration.ofMinutes(30);
    private Duration accountLockDuration = Duration.ofMinutes(30);
    private int addressFailureLimit = 30;
    private Duration addressFailureWindow = Duration.ofMinutes(10);
    private Duration addressLockDuration = Duration.ofMinutes(10);
    private int codeFailureLimit = 20;
    private Duration codeFailureWindow = Duration.ofMinutes(10);
    private Duration codeLockDuration = Duration.ofMinutes(10);
    private int argon2MemoryKib = 19_456;
    private int argon2Iterations = 2;
    private int argon2Parallelism = 1;
    private Duration activationCodeValidity = Duration.ofDays(30);

    public int getPasswordMinLength() {
        return passwordMinLength;
    }

    public void setPasswordMinLength(int passwordMinLength) {
        this.passwordMinLength = passwordMinLength;
    }

    public int getAccountFailureLimit() {
        return accountFailureLimit;
    }

    public void setAccountFailureLimit(int accountFailureLimit) {
        this.accountFailureLimit = accountFailureLimit;
    }

    public Duration getAccountFailureWindow() {
        return accountFailureWindow;
    }

    public void setAccountFailureWindow(Duration accountFailureWindow) {
        this.accountFailureWindow = accountFailureWindow;
    }

    public Duration getAccountLockDuration() {
        return accountLockDuration;
    }

    public void setAccountLockDuration(Duration accountLockDuration) {
        this.accountLockDuration = accountLockDuration;
    }

    public int getAddressFailureLimit() {
        return addressFailureLimit;
    }

    public void setAddressFailureLimit(int addressFailureLimit) {
        this.addressFailureLimit = addressFailureLimit;
    }

    public Duration getAddressFailureWindow() {
        return addressFailureWindow;
    }

    public void setAddressFailureWindow(Duration addressFailureWindow) {
        this.addressFailureWindow = addressFailureWindow;
    }

    public Duration getAddressLockDuration() {
        return addressLockDuration;
    }

    public void setAddressLockDuration(Duration addressLockDuration) {
        this.addressLockDuration = addressLockDuration;
    }

    public int getCodeFailureLimit() {
        return codeFailureLimit;
    }

    public void setCodeFailureLimit(int codeFailureLimit) {
        this.codeFailureLimit = codeFailureLimit;
    }

    public Duration getCodeFailureWindow() {
        return codeFailureWindow;
    }

    public void setCodeFailureWindow(Duration codeFailureWindow) {
        this.codeFailureWindow = codeFailureWindow;
    }

    public Duration getCodeLockDuration() {
        return codeLockDuration;
    }

    public void setCodeLockDuration(Duration codeLockDuration) {
        this.codeLockDuration = codeLockDuration;
    }

    public int getArgon2MemoryKib() {
        return argon2MemoryKib;
    }

    public void setArgon2MemoryKib(int argon2MemoryKib) {
        this.argon2MemoryKib = argon2MemoryKib;
    }

    public int getArgon2Iterations() {
        return argon2Iterations;
    }

    public void setArgon2Iterations(int argon2Iterations) {
        this.argon2Iterations = argon2Iterations;
    }

    public int getArgon2Parallelism() {
        return argon2Parallelism;
    }

    public void setArgon2Parallelism(int argon2Parallelism) {
        this.argon2Parallelism = argon2Parallelism;
    }

    public Duration getActivationCodeValidity() {
        return activationCodeValidity;
    }

    public void setActivationCodeValidity(Duration activationCodeValidity) {
        this.activationCodeValidity = activationCodeValidity;
    }
}
